package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * A dispute ended. {@code outcome} is {@code "UPHELD"} (the invoice was credited by the credit memo
 * {@code creditMemoId}) or {@code "REJECTED"} ({@code creditMemoId} is {@code null}).
 */
@JsonTypeName("ledgerline.receivables.DisputeResolved.v1")
public record DisputeResolved(
        String disputeId,
        String invoiceId,
        String invoiceNumber,
        String customerId,
        LocalDate resolvedOn,
        String outcome,
        String creditMemoId) implements ReceivablesEvent {

    public static final String UPHELD = "UPHELD";
    public static final String REJECTED = "REJECTED";
}
