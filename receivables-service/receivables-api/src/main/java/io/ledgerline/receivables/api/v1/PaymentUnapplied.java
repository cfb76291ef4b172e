package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** What a payment had settled on an invoice is open again as of {@code unappliedOn}, exactly the amount once applied. */
@JsonTypeName("ledgerline.receivables.PaymentUnapplied.v1")
public record PaymentUnapplied(
        String invoiceId,
        String invoiceNumber,
        String paymentId,
        String customerId,
        LocalDate unappliedOn,
        Money amount,
        String reason) implements ReceivablesEvent {
}
