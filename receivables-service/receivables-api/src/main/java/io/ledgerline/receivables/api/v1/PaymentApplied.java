package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Part of a payment settled part of an invoice; {@code amount} never exceeds what was open. */
@JsonTypeName("ledgerline.receivables.PaymentApplied.v1")
public record PaymentApplied(
        String invoiceId,
        String invoiceNumber,
        String paymentId,
        String customerId,
        LocalDate appliedOn,
        Money amount) implements ReceivablesEvent {
}
