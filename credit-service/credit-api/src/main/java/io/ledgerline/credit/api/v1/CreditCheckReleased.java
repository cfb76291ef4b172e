package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** {@code releasedBy}, acting as {@code role}, released the held order {@code orderId} with {@code reason}: {@code amount} is now reserved. */
@JsonTypeName("ledgerline.credit.CreditCheckReleased.v1")
public record CreditCheckReleased(
        String customerId,
        String orderId,
        Money amount,
        String releasedBy,
        String role,
        LocalDate releasedOn,
        String reason) implements CreditEvent {
}
