package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** A credit memo lowered an invoice's open amount as of {@code creditedOn}; never by more than was open. */
@JsonTypeName("ledgerline.receivables.InvoiceCredited.v1")
public record InvoiceCredited(
        String invoiceId,
        String invoiceNumber,
        String customerId,
        String creditMemoId,
        LocalDate creditedOn,
        Money amount) implements ReceivablesEvent {
}
