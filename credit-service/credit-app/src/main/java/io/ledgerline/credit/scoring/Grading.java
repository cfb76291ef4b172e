package io.ledgerline.credit.scoring;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.GradeTerms;
import java.util.Comparator;

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

    /** Whether the policy trades with a customer of this score at all. */
    public static boolean tradeAllowed(CreditPolicyDefinition policy, int score) {
        return score >= policy.minimumScoreToTrade();
    }
}
