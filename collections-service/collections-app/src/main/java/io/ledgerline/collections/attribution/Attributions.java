package io.ledgerline.collections.attribution;

import io.ledgerline.collections.api.v1.PaymentAttributed;
import io.ledgerline.collections.attribution.AttributionCommand.AttributePayments;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Attributes the customer's new payments to the touches before them: the dunning evaluation calls
 * {@link #attributeWithin} first, so a payment is attributed on the first business date after its own on which the
 * customer is evaluated, to what was known before that date, and a replay with the same business dates attributes the
 * same. The customer's {@link Attribution} records each payment once; its rows ({@link AttributionRows}) are written in
 * the same transaction.
 */
@ApplicationScoped
public class Attributions {

    private static final Logger LOG = Logger.getLogger(Attributions.class);
    static final int MAX_WINDOW_DAYS = 366;

    @Inject
    CommandGateway commands;

    @Inject
    PaymentsToAttribute payments;

    @Inject
    CustomerTouches touches;

    @Inject
    AttributionRows rows;

    @ConfigProperty(name = "ledgerline.collections.attribution.window-days", defaultValue = "30")
    int windowDays;

    void validate(@Observes StartupEvent started) {
        if (windowDays < 0 || windowDays > MAX_WINDOW_DAYS) {
            throw new IllegalStateException("ledgerline.collections.attribution.window-days must be 0 to " + MAX_WINDOW_DAYS
                    + " days, got " + windowDays);
        }
    }

    /** Attributes every payment of the customer before {@code asOf} not attributed yet; use inside a transaction. */
    public void attributeWithin(String customerId, LocalDate asOf) {
        List<Payment> due = payments.of(customerId, asOf);
        if (due.isEmpty()) {
            return;
        }
        LocalDate from = due.stream().map(Payment::paidOn).min(Comparator.naturalOrder()).orElseThrow().minusDays(windowDays);
        LocalDate to = due.stream().map(Payment::paidOn).max(Comparator.naturalOrder()).orElseThrow();
        List<PaymentAttributed> recorded = commands.sendAndWait(new AttributePayments(Attribution.idOf(customerId), customerId, asOf,
                windowDays, due, touches.between(customerId, from, to, asOf)));
        for (PaymentAttributed e : recorded) {
            rows.fold(e);
            LOG.info(describe(e));
        }
    }

    /**
     * The attribution in business terms, e.g. {@code customer X: payment of 5,000.00 USD on invoice INV-1 on 2026-04-02
     * followed 2 touches: reminder email (3 days before), call (1 day before)}.
     */
    static String describe(PaymentAttributed e) {
        String paid = "customer " + e.customerId() + ": payment of " + amount(e.amount().amount()) + " " + e.amount().currency()
                + " on invoice " + e.invoiceNumber() + " on " + e.paidOn();
        if (e.touches().isEmpty()) {
            return paid + " followed no touch in the " + days(e.windowDays()) + " before";
        }
        return paid + " followed " + (e.touches().size() == 1 ? "1 touch" : e.touches().size() + " touches") + ": "
                + e.touches().stream().map(t -> t.kind().toLowerCase(Locale.ROOT).replace('_', ' ') + " ("
                        + (t.daysBefore() == 0 ? "the same day" : days(t.daysBefore()) + " before") + ")")
                .collect(Collectors.joining(", "));
    }

    private static String amount(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
