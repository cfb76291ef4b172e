package io.ledgerline.collections.attribution;

import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.api.v1.PaymentAttributed;
import io.ledgerline.collections.attribution.AttributionCommand.AttributePayments;
import io.ledgerline.collections.ladder.Amounts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of one customer's payment attribution, free of Axon: which payments are attributed already and, for a new one,
 * the touches it followed. {@link Attribution} is the aggregate around it.
 */
public final class AttributionBook {

    /** Touches of one day in this order: what the service sent, then what people did, a promise last (made in the call). */
    static final List<String> KINDS = List.of(PaymentAttributed.REMINDER_EMAIL, PaymentAttributed.EMAIL, PaymentAttributed.CALL,
            PaymentAttributed.VISIT, PaymentAttributed.PROMISE);

    private static final Comparator<Touch> IN_ORDER = Comparator.comparing(Touch::occurredOn)
            .thenComparing(t -> KINDS.indexOf(t.kind()))
            .thenComparing(Touch::touchId);

    private final String customerId;
    private final Set<String> attributed = new HashSet<>();

    public AttributionBook(String customerId) {
        this.customerId = customerId;
    }

    public AttributionBook copy() {
        AttributionBook copy = new AttributionBook(customerId);
        copy.attributed.addAll(attributed);
        return copy;
    }

    /**
     * Each payment not attributed yet whose day is before {@code on} (a payment of {@code on} waits: touches of its own day
     * may still come) is attributed once, in the order paid, to the customer's touches from {@code windowDays} days before
     * its day up to and including its day, oldest first; a payment with none is attributed too, to no touch.
     */
    public List<PaymentAttributed> attribute(AttributePayments command) {
        if (command.windowDays() < 0) {
            throw new IllegalArgumentException("an attribution window of " + command.windowDays() + " days is not a window");
        }
        List<PaymentAttributed> recorded = new ArrayList<>();
        List<Payment> payments = command.payments().stream()
                .sorted(Comparator.comparing(Payment::paidOn).thenComparing(Payment::paymentId)).toList();
        for (Payment payment : payments) {
            if (attributed.contains(payment.paymentId()) || !payment.paidOn().isBefore(command.on())) {
                continue;
            }
            List<PaymentAttributed.Touch> touches = touchesBefore(payment.paidOn(), command.windowDays(), command.touches());
            PaymentAttributed event = new PaymentAttributed(customerId, payment.paymentId(), payment.invoiceId(), payment.invoiceNumber(),
                    new Money(Amounts.plain(payment.amount().abs()), payment.currency()), payment.paidOn(), command.on(),
                    command.windowDays(), touches, touches.isEmpty() ? null : touches.get(touches.size() - 1).kind());
            evolve(event);
            recorded.add(event);
        }
        return recorded;
    }

    /** The touches from {@code windowDays} before {@code paidOn} up to and including it, oldest first. */
    static List<PaymentAttributed.Touch> touchesBefore(LocalDate paidOn, int windowDays, List<Touch> touches) {
        LocalDate from = paidOn.minusDays(windowDays);
        return touches.stream()
                .filter(t -> !t.occurredOn().isBefore(from) && !t.occurredOn().isAfter(paidOn))
                .sorted(IN_ORDER)
                .map(t -> new PaymentAttributed.Touch(t.kind(), t.touchId(), t.occurredOn(),
                        (int) ChronoUnit.DAYS.between(t.occurredOn(), paidOn), t.by(), t.detail()))
                .toList();
    }

    /** The book after {@code event}. */
    public void evolve(PaymentAttributed event) {
        attributed.add(event.paymentId());
    }
}
