package io.ledgerline.receivables.invoice;

import io.ledgerline.receivables.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of an {@link Invoice}. */
public sealed interface InvoiceCommand {

    String invoiceId();

    /** Open an invoice the ERP issued, for its full amount. */
    record IssueInvoice(
            @TargetAggregateIdentifier String invoiceId,
            String externalId,
            String invoiceNumber,
            String customerId,
            LocalDate issueDate,
            LocalDate dueDate,
            Money amount) implements InvoiceCommand {
    }

    /** Settle up to {@code requested} of the invoice from a payment; the handler returns what it applied. */
    record ApplyPayment(
            @TargetAggregateIdentifier String invoiceId,
            String paymentId,
            LocalDate appliedOn,
            Money requested) implements InvoiceCommand {
    }
}
