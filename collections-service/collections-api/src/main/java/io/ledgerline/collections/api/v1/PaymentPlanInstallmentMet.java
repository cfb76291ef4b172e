package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * Installment {@code number} of plan {@code planId} (due {@code dueDate}) is met, seen on {@code metOn}: the payments on
 * the plan's items since it was agreed, {@code paid}, reach {@code due}, every installment up to this one.
 */
@JsonTypeName("ledgerline.collections.PaymentPlanInstallmentMet.v1")
public record PaymentPlanInstallmentMet(
        String customerId,
        String planId,
        int number,
        LocalDate dueDate,
        Money due,
        Money paid,
        LocalDate metOn) implements CollectionsEvent {
}
