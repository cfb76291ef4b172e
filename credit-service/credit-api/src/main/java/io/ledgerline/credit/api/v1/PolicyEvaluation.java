package io.ledgerline.credit.api.v1;

import java.time.LocalDate;
import java.util.List;

/**
 * A credit application held against the customer's latest assessment and the credit policy version
 * {@code policyVersion}: the assessment used ({@code assessmentId}, its score, grade and the scorecard
 * and policy versions that decided it; all null when the customer was never assessed), every check
 * made, and whether all passed ({@code withinPolicy}).
 */
public record PolicyEvaluation(
        int policyVersion,
        String assessmentId,
        LocalDate assessedOn,
        Integer score,
        String grade,
        Integer scorecardVersion,
        Integer assessmentPolicyVersion,
        boolean withinPolicy,
        List<PolicyCheck> checks) {

    public PolicyEvaluation {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }
}
