package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * The credit check of order {@code orderId} is cancelled by {@code cancelledBy} with {@code reason}; {@code reservationFreed}
 * says whether {@code amount} was reserved (approved or released) and no longer is.
 */
@JsonTypeName("ledgerline.credit.CreditCheckCancelled.v1")
public record CreditCheckCancelled(
        String customerId,
        String orderId,
        Money amount,
        String cancelledBy,
        LocalDate cancelledOn,
        String reason,
        boolean reservationFreed) implements CreditEvent {
}
