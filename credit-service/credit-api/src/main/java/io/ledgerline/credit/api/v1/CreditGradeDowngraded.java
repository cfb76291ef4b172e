package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * The assessment {@code assessmentId} of {@code assessedOn} graded the customer worse than its previous one did:
 * {@code fromGrade} (score {@code fromScore}) to {@code toGrade} (score {@code toScore}). Worse means a lower
 * {@code minScore} in the credit policy version that graded the new assessment. {@code trigger} is the assessment's
 * (see {@link CustomerAssessed#trigger()}). Recorded with the assessment; collections and reporting act on it.
 */
@JsonTypeName("ledgerline.credit.CreditGradeDowngraded.v1")
public record CreditGradeDowngraded(
        String customerId,
        String assessmentId,
        LocalDate assessedOn,
        String fromGrade,
        String toGrade,
        int fromScore,
        int toScore,
        String trigger) implements CreditEvent {
}
