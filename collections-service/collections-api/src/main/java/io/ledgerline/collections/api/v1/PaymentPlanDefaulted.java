package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * Installment {@code number} of plan {@code planId}, due {@code dueDate}, was missed: by its date plus the plan's
 * tolerance the payments on the plan's items, {@code paid}, stayed below {@code due} (every installment up to this one).
 * The plan ends on {@code defaultedOn} and its items' dunning ladder resumes.
 */
@JsonTypeName("ledgerline.collections.PaymentPlanDefaulted.v1")
public record PaymentPlanDefaulted(
        String customerId,
        String planId,
        int number,
        LocalDate dueDate,
        Money due,
        Money paid,
        LocalDate defaultedOn) implements CollectionsEvent {
}
