package io.ledgerline.reporting.credit;

import io.ledgerline.reporting.metrics.MinorUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The credit-policy effect per grade. Of the checks dated in the period: {@code approvedAtOnce}, {@code held} and
 * {@code rejected} by their decision (they add up to {@code checks}); {@code released} = held and released on or before
 * {@code to}; {@code cancelled} = cancelled on or before {@code to}, whatever the decision. holdRate = held / checks,
 * releaseRate = released / held (4 decimals, half even; null when the denominator is zero). Amounts the same way per currency.
 */
final class PolicyEffect {

    /** The row over every grade. */
    static final String ALL = "(all)";

    /** Grades as the policy names them (A, B, ...), then the placeholders such as '(none)'. */
    private static final Comparator<String> GRADE_ORDER = Comparator.<String, Boolean>comparing(g -> g.startsWith("("))
            .thenComparing(Comparator.naturalOrder());

    private PolicyEffect() {
    }

    static PolicyEffectReport report(CreditPeriod period, List<CheckFate> checks, Map<String, Long> customersAtTo,
                                     List<GradeChange> changes) {
        Map<String, Tally> byGrade = new TreeMap<>(GRADE_ORDER);
        Tally total = new Tally(ALL);
        for (CheckFate check : checks) {
            boolean released = check.status() == CheckOutcome.Status.HOLD && check.releasedOn() != null
                    && !check.releasedOn().isAfter(period.to());
            boolean cancelled = check.cancelledOn() != null && !check.cancelledOn().isAfter(period.to());
            byGrade.computeIfAbsent(check.grade(), Tally::new).count(check, released, cancelled);
            total.count(check, released, cancelled);
        }
        customersAtTo.forEach((grade, customers) -> {
            byGrade.computeIfAbsent(grade, Tally::new).customersAtTo += customers;
            total.customersAtTo += customers;
        });
        for (GradeChange change : changes) {
            boolean down = change.direction() == GradeChange.Direction.DOWNGRADE;
            if (change.toGrade() != null) {
                Tally into = byGrade.computeIfAbsent(change.toGrade(), Tally::new);
                if (down) {
                    into.downgradedTo++;
                } else {
                    into.upgradedTo++;
                }
            }
            if (change.fromGrade() != null) {
                Tally from = byGrade.computeIfAbsent(change.fromGrade(), Tally::new);
                if (down) {
                    from.downgradedFrom++;
                } else {
                    from.upgradedFrom++;
                }
            }
            if (down) {
                total.downgradedTo++;
                total.downgradedFrom++;
            } else {
                total.upgradedTo++;
                total.upgradedFrom++;
            }
        }
        List<PolicyEffectReport.GradeEffect> grades = new ArrayList<>();
        byGrade.values().forEach(tally -> grades.add(tally.effect()));
        return new PolicyEffectReport(period.from(), period.to(), List.copyOf(grades), total.effect());
    }

    static String rate(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static final class Tally {
        private final String grade;
        private long checks;
        private long approvedAtOnce;
        private long held;
        private long released;
        private long rejected;
        private long cancelled;
        private long customersAtTo;
        private long downgradedTo;
        private long downgradedFrom;
        private long upgradedTo;
        private long upgradedFrom;
        private final Map<String, Amounts> amounts = new TreeMap<>();

        Tally(String grade) {
            this.grade = grade;
        }

        void count(CheckFate check, boolean isReleased, boolean isCancelled) {
            Amounts money = amounts.computeIfAbsent(check.amount().currency(), c -> new Amounts());
            BigDecimal amount = check.amount().amount();
            checks++;
            money.checked = money.checked.add(amount);
            switch (check.status()) {
                case APPROVED -> {
                    approvedAtOnce++;
                    money.approvedAtOnce = money.approvedAtOnce.add(amount);
                }
                case HOLD -> {
                    held++;
                    money.held = money.held.add(amount);
                }
                case REJECTED -> {
                    rejected++;
                    money.rejected = money.rejected.add(amount);
                }
            }
            if (isReleased) {
                released++;
                money.released = money.released.add(amount);
            }
            if (isCancelled) {
                cancelled++;
                money.cancelled = money.cancelled.add(amount);
            }
        }

        PolicyEffectReport.GradeEffect effect() {
            List<PolicyEffectReport.CurrencyAmounts> perCurrency = new ArrayList<>();
            amounts.forEach((currency, a) -> perCurrency.add(new PolicyEffectReport.CurrencyAmounts(currency,
                    MinorUnit.format(a.checked, currency), MinorUnit.format(a.approvedAtOnce, currency),
                    MinorUnit.format(a.held, currency), MinorUnit.format(a.released, currency),
                    MinorUnit.format(a.rejected, currency), MinorUnit.format(a.cancelled, currency))));
            return new PolicyEffectReport.GradeEffect(grade, checks, approvedAtOnce, held, released, rejected, cancelled,
                    rate(held, checks), rate(released, held), List.copyOf(perCurrency), customersAtTo, downgradedTo,
                    downgradedFrom, upgradedTo, upgradedFrom);
        }
    }

    private static final class Amounts {
        private BigDecimal checked = BigDecimal.ZERO;
        private BigDecimal approvedAtOnce = BigDecimal.ZERO;
        private BigDecimal held = BigDecimal.ZERO;
        private BigDecimal released = BigDecimal.ZERO;
        private BigDecimal rejected = BigDecimal.ZERO;
        private BigDecimal cancelled = BigDecimal.ZERO;
    }
}
