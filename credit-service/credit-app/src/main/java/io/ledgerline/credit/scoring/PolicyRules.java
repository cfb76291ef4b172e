package io.ledgerline.credit.scoring;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.GradeTerms;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * What makes a credit policy usable: grades with distinct names and minimum scores in 0-100, one of
 * them starting at 0 so every score has a grade; per grade a limit range with 0 <= min <= max, payment
 * terms of 0 days or more, a prepayment share in 0-1, an auto-approve amount of 0 or more and, when
 * stated, an overdue tolerance of 0 days or more; a minimum score to trade in 0-100; an insurance referral
 * threshold in 0-100 when there is one.
 */
public final class PolicyRules {

    private PolicyRules() {
    }

    public static CreditPolicyDefinition validate(CreditPolicyDefinition policy) {
        if (policy == null) {
            throw new InvalidDefinition(null, "the body must be a credit policy");
        }
        ScorecardRules.text("name", policy.name());
        ScorecardRules.currency("currency", policy.currency());
        if (policy.minimumScoreToTrade() < 0 || policy.minimumScoreToTrade() > 100) {
            throw new InvalidDefinition("minimumScoreToTrade", "minimumScoreToTrade must be 0-100");
        }
        Integer referral = policy.insuranceReferralBelowScore();
        if (referral != null && (referral < 0 || referral > 100)) {
            throw new InvalidDefinition("insuranceReferralBelowScore", "insuranceReferralBelowScore must be 0-100 (absent: no referrals)");
        }
        if (policy.grades().isEmpty()) {
            throw new InvalidDefinition("grades", "a policy needs at least one grade");
        }
        Set<String> names = new HashSet<>();
        Set<Integer> minimums = new HashSet<>();
        for (int i = 0; i < policy.grades().size(); i++) {
            String at = "grades[" + i + "]";
            GradeTerms g = policy.grades().get(i);
            if (g == null) {
                throw new InvalidDefinition(at, "a grade must be an object");
            }
            if (!names.add(ScorecardRules.text(at + ".grade", g.grade()))) {
                throw new InvalidDefinition(at + ".grade", "grade " + g.grade() + " appears twice");
            }
            if (g.minScore() < 0 || g.minScore() > 100 || !minimums.add(g.minScore())) {
                throw new InvalidDefinition(at + ".minScore", "minScore must be 0-100 and differ from every other grade's");
            }
            notNegative(at + ".limitMin", g.limitMin());
            notNegative(at + ".limitMax", g.limitMax());
            if (g.limitMax().compareTo(g.limitMin()) < 0) {
                throw new InvalidDefinition(at + ".limitMax", "limitMax must not be below limitMin");
            }
            if (g.paymentTermsDays() < 0) {
                throw new InvalidDefinition(at + ".paymentTermsDays", "paymentTermsDays must be 0 or more");
            }
            notNegative(at + ".prepaymentShare", g.prepaymentShare());
            if (g.prepaymentShare().compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidDefinition(at + ".prepaymentShare", "prepaymentShare is a share of 0-1");
            }
            notNegative(at + ".autoApproveMaxAmount", g.autoApproveMaxAmount());
            if (g.overdueToleranceDays() != null && g.overdueToleranceDays() < 0) {
                throw new InvalidDefinition(at + ".overdueToleranceDays", "overdueToleranceDays must be 0 or more");
            }
        }
        if (!minimums.contains(0)) {
            throw new InvalidDefinition("grades", "one grade must start at minScore 0 so that every score has a grade");
        }
        return policy;
    }

    private static void notNegative(String field, BigDecimal value) {
        if (value == null || value.signum() < 0) {
            throw new InvalidDefinition(field, field + " is required and must not be negative");
        }
    }
}
