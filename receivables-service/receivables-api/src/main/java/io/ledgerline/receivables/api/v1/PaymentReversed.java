package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** A payment bounced: its cash is gone as of {@code reversedOn}; what it settled follows as {@link PaymentUnapplied}. */
@JsonTypeName("ledgerline.receivables.PaymentReversed.v1")
public record PaymentReversed(
        String paymentId,
        String externalId,
        String customerId,
        LocalDate reversedOn,
        Money amount,
        String reason) implements ReceivablesEvent {
}
