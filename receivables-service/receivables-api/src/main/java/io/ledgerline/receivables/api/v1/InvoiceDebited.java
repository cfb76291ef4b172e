package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** A debit adjustment raised what the invoice asks for (and its open amount) by {@code amount}, as of {@code debitedOn}. */
@JsonTypeName("ledgerline.receivables.InvoiceDebited.v1")
public record InvoiceDebited(
        String invoiceId,
        String invoiceNumber,
        String customerId,
        String debitId,
        String externalId,
        LocalDate debitedOn,
        Money amount,
        String reason) implements ReceivablesEvent {
}
