package io.ledgerline.credit.scoring;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.GradeTerms;
import java.util.Comparator;
import java.util.Optional;

/** A score's grade under a credit policy: the grade with the highest minimum score the score reaches. */
public final class Grading {

    private Grading() {
    }

    public static GradeTerms grade(CreditPolicyDefinition policy, int score) {
        return policy.grades().stream()
                .filter(g -> score >= g.minScore())
                .max(Comparator.comparingInt(GradeTerms::minScore))
                .orElseThrow(() -> new IllegalStateException("policy " + policy.name() + " grades no score of " + score));
    }

    /**
     * Whether {@code grade} is worse than {@code previous} under the policy: a lower {@code minScore}. A grade the
     * policy does not have (a previous grade that a later policy version dropped) cannot be ranked: never worse.
     */
    public static boolean worse(CreditPolicyDefinition policy, String grade, String previous) {
        Optional<GradeTerms> now = terms(policy, grade);
        Optional<GradeTerms> before = terms(policy, previous);
        return now.isPresent() && before.isPresent() && now.get().minScore() < before.get().minScore();
    }

    /** Whether an assessment of this score refers the customer for credit insurance or factoring under the policy. */
    public static boolean belowInsuranceReferral(CreditPolicyDefinition policy, int score) {
        return policy.insuranceReferralBelowScore() != null && score < policy.insuranceReferralBelowScore();
    }

    private static Optional<GradeTerms> terms(CreditPolicyDefinition policy, String grade) {
        return policy.grades().stream().filter(g -> g.grade().equals(grade)).findFirst();
    }

    /** Whether the policy trades with a customer of this score at all. */
    public static boolean tradeAllowed(CreditPolicyDefinition policy, int score) {
        return score >= policy.minimumScoreToTrade();
    }
}
