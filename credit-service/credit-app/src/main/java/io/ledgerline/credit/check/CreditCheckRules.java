package io.ledgerline.credit.check;

import io.ledgerline.credit.api.v1.CheckReason;
import io.ledgerline.credit.api.v1.CreditCheckInputs;
import io.ledgerline.credit.api.v1.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The order credit check's rules, in order: a score below the policy's minimum to trade or grade D rejects; otherwise
 * every hold reason that applies is listed (never assessed, no limit, another currency than the limit's, exposure with
 * the order above the limit, overdue beyond the grade's tolerance, not within the grade's automatic approval), the
 * customer's credit block first, each with the roles that may release it; none applies: approved.
 */
public final class CreditCheckRules {

    public static final String CREDIT_MANAGER = "credit-manager";
    public static final String CREDIT_ANALYST = "credit-analyst";
    public static final String FINANCE = "finance";

    /** What the check decided, why, and what it read. */
    public record Verdict(CreditCheck.Status status, List<CheckReason> reasons, CreditCheckInputs inputs) {
    }

    private CreditCheckRules() {
    }

    public static Verdict decide(Money order, CheckFacts facts) {
        String currency = order.currency();
        BigDecimal exposure = facts.openReceivables().add(facts.reservedOrders()).subtract(facts.prepayments()).add(order.amount());
        CheckFacts.Assessment a = facts.assessment();
        Integer tolerance = a == null ? null : OverdueTolerance.days(a.terms());
        CreditCheckInputs inputs = new CreditCheckInputs(a == null ? null : a.assessmentId(), a == null ? null : a.score(),
                a == null ? null : a.grade(), a == null ? null : a.policyVersion(), facts.creditLimit(),
                money(facts.openReceivables(), currency), money(facts.reservedOrders(), currency), money(facts.prepayments(), currency),
                money(exposure, currency), facts.oldestOverdueDays(), tolerance);

        List<CheckReason> rejections = new ArrayList<>();
        if (a != null && a.score() < a.minimumScoreToTrade()) {
            rejections.add(new CheckReason("below-minimum-score", "score " + a.score() + " is below the minimum of "
                    + a.minimumScoreToTrade() + " to trade (policy version " + a.policyVersion() + ")", List.of()));
        }
        if (a != null && "D".equals(a.grade())) {
            rejections.add(new CheckReason("grade-d", "grade D trades on prepayment only", List.of()));
        }
        if (!rejections.isEmpty()) {
            return new Verdict(CreditCheck.Status.REJECTED, rejections, inputs);
        }

        List<CheckReason> holds = new ArrayList<>();
        if (facts.block() != null) {
            holds.add(new CheckReason("blocked", "the customer's credit is blocked (by " + facts.block().blockedBy() + " on "
                    + facts.block().blockedOn() + "): " + facts.block().reason(), List.of(CREDIT_MANAGER)));
        }
        if (a == null) {
            holds.add(new CheckReason("not-assessed", "the customer has not been assessed", List.of(CREDIT_MANAGER)));
        }
        Money limit = facts.creditLimit();
        if (limit == null) {
            holds.add(new CheckReason("no-credit-limit", "the customer has no credit limit assigned", List.of(CREDIT_MANAGER)));
        } else if (!limit.currency().equals(currency)) {
            holds.add(new CheckReason("currency-not-limit-currency", "the order is in " + currency + " but the credit limit is in "
                    + limit.currency() + " (never converted)", List.of(CREDIT_MANAGER)));
        } else if (exposure.compareTo(limit.amount()) > 0) {
            holds.add(new CheckReason("over-limit", "exposure with this order " + plain(exposure) + " " + currency
                    + " (open " + plain(facts.openReceivables()) + " + reserved " + plain(facts.reservedOrders()) + " - prepaid "
                    + plain(facts.prepayments()) + " + order " + plain(order.amount()) + ") is above the credit limit of "
                    + plain(limit.amount()) + " " + currency, List.of(CREDIT_MANAGER)));
        }
        if (a != null && facts.oldestOverdueDays() > tolerance) {
            holds.add(new CheckReason("overdue-beyond-tolerance", "the oldest overdue item is " + facts.oldestOverdueDays()
                    + " days past due, beyond grade " + a.grade() + "'s tolerance of " + tolerance + " days",
                    List.of(CREDIT_MANAGER, FINANCE)));
        }
        if (a != null) {
            autoApproval(order, a).ifPresent(holds::add);
        }
        return new Verdict(holds.isEmpty() ? CreditCheck.Status.APPROVED : CreditCheck.Status.HOLD, holds, inputs);
    }

    private static java.util.Optional<CheckReason> autoApproval(Money order, CheckFacts.Assessment a) {
        List<String> who = List.of(CREDIT_ANALYST, CREDIT_MANAGER);
        if (!a.terms().autoApprove()) {
            return java.util.Optional.of(new CheckReason("above-auto-approval", "grade " + a.grade()
                    + " orders are not approved automatically", who));
        }
        if (order.currency().equals(a.policyCurrency()) && order.amount().compareTo(a.terms().autoApproveMaxAmount()) > 0) {
            return java.util.Optional.of(new CheckReason("above-auto-approval", plain(order.amount()) + " " + order.currency()
                    + " is above grade " + a.grade() + "'s automatic approval of up to " + plain(a.terms().autoApproveMaxAmount())
                    + " " + a.policyCurrency(), who));
        }
        return java.util.Optional.empty();
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount.setScale(Math.max(2, amount.stripTrailingZeros().scale())), currency);
    }

    static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 2 ? v.setScale(2) : v).toPlainString();
    }
}
