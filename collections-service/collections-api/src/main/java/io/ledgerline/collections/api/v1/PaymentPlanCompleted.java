package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Every installment of plan {@code planId} is met: {@code paid} on its items since it was agreed, seen on {@code completedOn}. */
@JsonTypeName("ledgerline.collections.PaymentPlanCompleted.v1")
public record PaymentPlanCompleted(
        String customerId,
        String planId,
        Money paid,
        LocalDate completedOn) implements CollectionsEvent {
}
