package io.ledgerline.credit.check;

import io.ledgerline.credit.api.v1.Money;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a {@link CreditCheck}. */
public sealed interface CreditCheckCommand {

    String orderId();

    /** Check order {@code orderId} of {@code amount} for the customer against {@code facts}; again with the same content, nothing changes. */
    record CheckOrder(@TargetAggregateIdentifier String orderId, String customerId, Money amount, CheckFacts facts,
                      String requestedBy, LocalDate checkedOn) implements CreditCheckCommand {
    }

    /** Someone holding {@code roles} releases a held order with a reason: it is approved and reserved. */
    record ReleaseHold(@TargetAggregateIdentifier String orderId, String releasedBy, Set<String> roles, String reason,
                       LocalDate releasedOn) implements CreditCheckCommand {
    }

    /** The order is withdrawn: its reservation, if any, is freed. */
    record CancelCheck(@TargetAggregateIdentifier String orderId, String cancelledBy, String reason, LocalDate cancelledOn)
            implements CreditCheckCommand {
    }
}
