package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** An invoice the ERP issued is now open in the ledger for its full amount. */
@JsonTypeName("ledgerline.receivables.InvoiceIssued.v1")
public record InvoiceIssued(
        String invoiceId,
        String externalId,
        String invoiceNumber,
        String customerId,
        LocalDate issueDate,
        LocalDate dueDate,
        Money amount) implements ReceivablesEvent {
}
