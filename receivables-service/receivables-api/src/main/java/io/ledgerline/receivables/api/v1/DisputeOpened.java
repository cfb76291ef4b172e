package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** The customer disputes {@code amount} of an invoice: still aged, but not dunned, until resolved. */
@JsonTypeName("ledgerline.receivables.DisputeOpened.v1")
public record DisputeOpened(
        String disputeId,
        String invoiceId,
        String invoiceNumber,
        String customerId,
        LocalDate openedOn,
        Money amount,
        String reason) implements ReceivablesEvent {
}
