package io.ledgerline.credit.simulation;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.GradeTerms;
import io.ledgerline.credit.check.CheckFacts;

/**
 * A recorded assessment as the candidate makes it: its score (scored again from the recorded facts, or as recorded),
 * the terms of the grade the candidate policy gives that score, and that policy ({@code policyVersion} 0 for an inline
 * policy, which has none).
 */
record CandidateAssessment(String assessmentId, int score, GradeTerms terms, CreditPolicyDefinition policy, int policyVersion,
                           boolean rescored) {

    String grade() {
        return terms.grade();
    }

    /** What the order credit check rules read of the assessment in force. */
    CheckFacts.Assessment forCheck() {
        return new CheckFacts.Assessment(assessmentId, score, terms.grade(), policyVersion, policy.minimumScoreToTrade(),
                policy.currency(), terms);
    }
}
