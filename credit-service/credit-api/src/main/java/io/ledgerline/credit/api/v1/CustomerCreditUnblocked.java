package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** {@code unblockedBy} lifted the customer's credit block on {@code unblockedOn} with {@code reason}: its orders are checked as before. */
@JsonTypeName("ledgerline.credit.CustomerCreditUnblocked.v1")
public record CustomerCreditUnblocked(
        String customerId,
        String reason,
        String unblockedBy,
        LocalDate unblockedOn) implements CreditEvent {
}
