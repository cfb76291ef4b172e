package io.ledgerline.credit.application;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.GradeTerms;
import io.ledgerline.credit.api.v1.PolicyCheck;
import io.ledgerline.credit.api.v1.PolicyEvaluation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Holds a credit application against the customer's latest assessment and a credit policy version:
 * within the policy when the customer was assessed, its score reaches the minimum to trade, its grade
 * is one of the policy's, and the request is in the policy's currency, inside the grade's limit range,
 * on terms no longer than the grade's and with at least the grade's prepayment share. The grade's
 * auto-approval flag is for orders, not applications, and is not consulted.
 */
public final class PolicyFit {

    public static final String ASSESSED = "assessed";
    public static final String MINIMUM_SCORE = "minimum-score-to-trade";
    public static final String GRADE_IN_POLICY = "grade-in-policy";
    public static final String CURRENCY = "currency";
    public static final String LIMIT_RANGE = "limit-range";
    public static final String PAYMENT_TERMS = "payment-terms";
    public static final String PREPAYMENT_SHARE = "prepayment-share";

    private PolicyFit() {
    }

    public static PolicyEvaluation evaluate(String customerId, CreditRequest request, AssessmentUsed assessment, int policyVersion,
                                            CreditPolicyDefinition policy) {
        if (assessment == null) {
            return new PolicyEvaluation(policyVersion, null, null, null, null, null, null, false, List.of(new PolicyCheck(ASSESSED,
                    false, "customer " + customerId + " has not been assessed: there is no score or grade to hold the application against")));
        }
        List<PolicyCheck> checks = new ArrayList<>();
        checks.add(new PolicyCheck(ASSESSED, true, "assessment " + assessment.assessmentId() + " of " + assessment.assessedOn()
                + ": score " + assessment.score() + ", grade " + assessment.grade()));
        int minimum = policy.minimumScoreToTrade();
        checks.add(assessment.score() >= minimum
                ? new PolicyCheck(MINIMUM_SCORE, true, "score " + assessment.score() + " reaches the minimum of " + minimum + " to trade")
                : new PolicyCheck(MINIMUM_SCORE, false, "score " + assessment.score() + " is below the minimum of " + minimum + " to trade"));
        Optional<GradeTerms> grade = policy.grades().stream().filter(g -> g.grade().equals(assessment.grade())).findFirst();
        if (grade.isEmpty()) {
            checks.add(new PolicyCheck(GRADE_IN_POLICY, false, "grade " + assessment.grade() + " is not a grade of credit policy version "
                    + policyVersion + ": no terms to compare with"));
        } else {
            checks.addAll(againstGrade(request, grade.get(), policy.currency()));
        }
        boolean within = checks.stream().allMatch(PolicyCheck::passed);
        return new PolicyEvaluation(policyVersion, assessment.assessmentId(), assessment.assessedOn(), assessment.score(),
                assessment.grade(), assessment.scorecardVersion(), assessment.policyVersion(), within, checks);
    }

    private static List<PolicyCheck> againstGrade(CreditRequest request, GradeTerms g, String policyCurrency) {
        List<PolicyCheck> checks = new ArrayList<>();
        String currency = request.limit().currency();
        BigDecimal amount = request.limit().amount();
        if (!currency.equals(policyCurrency)) {
            checks.add(new PolicyCheck(CURRENCY, false, "the policy's limits are in " + policyCurrency + "; a limit in " + currency
                    + " is never converted"));
        } else {
            checks.add(new PolicyCheck(CURRENCY, true, "the limit is in the policy's currency " + policyCurrency));
            String range = "grade " + g.grade() + "'s range " + g.limitMin().toPlainString() + " to " + g.limitMax().toPlainString() + " "
                    + policyCurrency;
            String asked = amount.toPlainString() + " " + currency;
            checks.add(amount.compareTo(g.limitMin()) < 0 ? new PolicyCheck(LIMIT_RANGE, false, asked + " is below " + range)
                    : amount.compareTo(g.limitMax()) > 0 ? new PolicyCheck(LIMIT_RANGE, false, asked + " is above " + range)
                    : new PolicyCheck(LIMIT_RANGE, true, asked + " is within " + range));
        }
        int days = request.paymentTermsDays();
        checks.add(days <= g.paymentTermsDays()
                ? new PolicyCheck(PAYMENT_TERMS, true, days + " days is within grade " + g.grade() + "'s " + g.paymentTermsDays() + " days")
                : new PolicyCheck(PAYMENT_TERMS, false, days + " days is longer than grade " + g.grade() + "'s " + g.paymentTermsDays()
                        + " days"));
        BigDecimal share = request.prepaymentShare();
        checks.add(share.compareTo(g.prepaymentShare()) >= 0
                ? new PolicyCheck(PREPAYMENT_SHARE, true, "prepayment share " + share.toPlainString() + " reaches grade " + g.grade()
                        + "'s " + g.prepaymentShare().toPlainString())
                : new PolicyCheck(PREPAYMENT_SHARE, false, "prepayment share " + share.toPlainString() + " is below grade " + g.grade()
                        + "'s " + g.prepaymentShare().toPlainString()));
        return checks;
    }
}
