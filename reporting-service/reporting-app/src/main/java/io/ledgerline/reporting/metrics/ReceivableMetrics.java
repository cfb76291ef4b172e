package io.ledgerline.reporting.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The formulas of period metrics, on amounts of one currency. Days come with {@value #DAYS_SCALE}
 * decimals, CEI as a percentage with {@value #DAYS_SCALE} decimals, ratios as fractions with
 * {@value #RATIO_SCALE} decimals, all rounded half even once at the end; a metric whose denominator
 * is zero is undefined ({@code null}), never zero or infinite.
 */
public final class ReceivableMetrics {

    public static final int DAYS_SCALE = 2;
    public static final int RATIO_SCALE = 4;
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReceivableMetrics() {
    }

    /** One calendar month's sales and its number of days, for the countback. */
    public record MonthlySales(BigDecimal sales, int days) {
    }

    /** DSO = receivables at the end / sales in the period × days in the period. */
    public static BigDecimal simpleDso(BigDecimal receivablesAtEnd, BigDecimal sales, long days) {
        return daysOf(receivablesAtEnd, sales, days);
    }

    /** Best possible DSO = current (not yet overdue) receivables at the end / sales in the period × days in the period. */
    public static BigDecimal bestPossibleDso(BigDecimal currentAtEnd, BigDecimal sales, long days) {
        return daysOf(currentAtEnd, sales, days);
    }

    /** ADD = DSO - best possible DSO: the days the customers take beyond terms. */
    public static BigDecimal averageDaysDelinquent(BigDecimal dso, BigDecimal bestPossibleDso) {
        return dso == null || bestPossibleDso == null ? null : dso.subtract(bestPossibleDso);
    }

    /**
     * Countback DSO: starting with the latest month, take each month's sales off the receivables at the
     * end while they last, counting that month's days in full; the month whose sales are more than what is
     * left counts the fraction left / its sales of its days, and ends the count. {@code latestFirst} is the
     * sales history walked; receivables it cannot exhaust count all its days.
     */
    public static BigDecimal countbackDso(BigDecimal receivablesAtEnd, List<MonthlySales> latestFirst) {
        BigDecimal left = receivablesAtEnd;
        BigDecimal days = BigDecimal.ZERO;
        for (MonthlySales month : latestFirst) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal monthDays = BigDecimal.valueOf(month.days());
            if (left.compareTo(month.sales()) >= 0) {
                days = days.add(monthDays);
                left = left.subtract(month.sales());
            } else {
                days = days.add(left.multiply(monthDays).divide(month.sales(), EXACT_ENOUGH));
                left = BigDecimal.ZERO;
            }
        }
        return days.setScale(DAYS_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * CEI = (receivables at the start + sales - receivables at the end)
     * / (receivables at the start + sales - current receivables at the end) × 100:
     * the share of what could be collected in the period that was.
     */
    public static BigDecimal collectionEffectivenessIndex(BigDecimal receivablesAtStart, BigDecimal sales,
                                                          BigDecimal receivablesAtEnd, BigDecimal currentAtEnd) {
        BigDecimal collectible = receivablesAtStart.add(sales).subtract(currentAtEnd);
        if (collectible.signum() == 0) {
            return null;
        }
        return receivablesAtStart.add(sales).subtract(receivablesAtEnd).multiply(HUNDRED)
                .divide(collectible, DAYS_SCALE, RoundingMode.HALF_EVEN);
    }

    /** part / whole as a fraction, e.g. overdue ratio = overdue / total receivables at the end. */
    public static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, RATIO_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal daysOf(BigDecimal receivables, BigDecimal sales, long days) {
        if (sales.signum() == 0) {
            return null;
        }
        return receivables.multiply(BigDecimal.valueOf(days)).divide(sales, DAYS_SCALE, RoundingMode.HALF_EVEN);
    }
}
