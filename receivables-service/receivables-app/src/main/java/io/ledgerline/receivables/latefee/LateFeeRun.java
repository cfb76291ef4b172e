package io.ledgerline.receivables.latefee;

import io.ledgerline.receivables.cashapplication.CashApplication;
import io.ledgerline.receivables.invoice.InvoiceCommand.AccrueLateFee;
import io.ledgerline.receivables.invoice.InvoiceCommand.IssueInvoice;
import io.ledgerline.receivables.ledger.RuleViolation;
import io.ledgerline.receivables.money.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Posts late fees as of a business date: each invoice with a clause charges what it accrued and
 * not charged yet, posted as a fee item of its own in the same transaction. Running it again for
 * the same date posts nothing new (the invoice has already charged up to that date).
 */
@ApplicationScoped
public class LateFeeRun {

    private static final Logger LOG = Logger.getLogger(LateFeeRun.class);

    /** A fee charged on {@code invoiceId} and posted as the fee item {@code feeInvoiceId}. */
    public record Posted(String invoiceId, String invoiceNumber, String customerId, String feeInvoiceId,
                         String feeInvoiceNumber, Money amount) {
    }

    @Inject
    LateFeeInvoices invoices;

    @Inject
    CommandGateway commands;

    @Inject
    CashApplication cashApplication;

    public List<Posted> run(LocalDate asOf) {
        List<Posted> posted = new ArrayList<>();
        for (LateFeeInvoices.Watched invoice : invoices.accruingBy(asOf)) {
            try {
                QuarkusTransaction.requiringNew().call(() -> post(invoice, asOf)).ifPresent(posted::add);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Late fee on invoice %s of customer %s as of %s not posted; the next run retries it",
                        invoice.invoiceNumber(), invoice.customerId(), asOf);
            }
        }
        LOG.infof("Late-fee run as of %s posted %d fee(s)", asOf, posted.size());
        return posted;
    }

    private Optional<Posted> post(LateFeeInvoices.Watched invoice, LocalDate asOf) {
        String feeNumber = invoice.invoiceNumber() + "-LF" + asOf.format(DateTimeFormatter.BASIC_ISO_DATE);
        String feeId = UUID.nameUUIDFromBytes(("latefee:" + invoice.invoiceId() + ":" + asOf).getBytes(StandardCharsets.UTF_8)).toString();
        Money charged = (Money) commands.sendAndWait(new AccrueLateFee(invoice.invoiceId(), asOf, feeId, feeNumber));
        if (!charged.isPositive()) {
            return Optional.empty();
        }
        IssueInvoice fee = IssueInvoice.lateFee(feeId, feeNumber, invoice.customerId(), asOf, charged, invoice.invoiceId());
        if (!cashApplication.register(fee)) {
            throw new RuleViolation("duplicate-invoice-number", "invoiceNumber",
                    "customer " + invoice.customerId() + " already has an invoice numbered " + feeNumber);
        }
        commands.sendAndWait(fee);
        cashApplication.releaseWaiting(fee);
        LOG.infof("Charged a late fee of %s on invoice %s of customer %s as of %s, posted as %s",
                charged, invoice.invoiceNumber(), invoice.customerId(), asOf, feeNumber);
        return Optional.of(new Posted(invoice.invoiceId(), invoice.invoiceNumber(), invoice.customerId(), feeId, feeNumber, charged));
    }
}
