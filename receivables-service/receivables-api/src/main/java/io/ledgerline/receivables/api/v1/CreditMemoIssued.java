package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * A credit memo was issued to the customer. With an {@code invoiceNumber} it credits that invoice
 * (see {@link InvoiceCredited}); without one ({@code null}) it is free credit on the customer's balance.
 */
@JsonTypeName("ledgerline.receivables.CreditMemoIssued.v1")
public record CreditMemoIssued(
        String creditMemoId,
        String externalId,
        String creditMemoNumber,
        String customerId,
        LocalDate issueDate,
        Money amount,
        String invoiceNumber,
        String reason) implements ReceivablesEvent {
}
