package io.ledgerline.reporting.behaviour;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/**
 * How late a set of paid invoices was, counted per invoice (no amounts, so currencies never meet): days late is
 * paid - due, 0 when paid on or before the due date. Averages and percentiles have {@value #SCALE} decimals, the
 * on-time share is a fraction with 4; percentiles interpolate linearly between the nearest ranks (the p-th
 * percentile of n sorted values sits at rank p/100 x (n - 1), so the 50th is the usual median).
 */
public record Lateness(int invoicesPaid, BigDecimal averageDaysLate, BigDecimal medianDaysLate, BigDecimal onTimeShare,
                       BigDecimal percentile25, BigDecimal percentile75) {

    static final int SCALE = 2;

    public static final Lateness NONE = new Lateness(0, null, null, null, null, null);

    public static Lateness of(Collection<PaidInvoice> paid) {
        if (paid.isEmpty()) {
            return NONE;
        }
        List<Long> late = paid.stream().map(PaidInvoice::daysLate).sorted().toList();
        long onTime = late.stream().filter(d -> d == 0).count();
        BigDecimal total = BigDecimal.valueOf(late.stream().mapToLong(Long::longValue).sum());
        BigDecimal n = BigDecimal.valueOf(late.size());
        return new Lateness(late.size(), total.divide(n, SCALE, RoundingMode.HALF_EVEN), percentile(late, 50),
                BigDecimal.valueOf(onTime).divide(n, 4, RoundingMode.HALF_EVEN), percentile(late, 25), percentile(late, 75));
    }

    static BigDecimal percentile(List<Long> sorted, int p) {
        BigDecimal rank = BigDecimal.valueOf((long) p * (sorted.size() - 1)).divide(BigDecimal.valueOf(100));
        int below = rank.intValue();
        BigDecimal fraction = rank.subtract(BigDecimal.valueOf(below));
        BigDecimal low = BigDecimal.valueOf(sorted.get(below));
        if (fraction.signum() == 0) {
            return low.setScale(SCALE, RoundingMode.HALF_EVEN);
        }
        BigDecimal high = BigDecimal.valueOf(sorted.get(below + 1));
        return low.add(high.subtract(low).multiply(fraction)).setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** A shift of whole days, rounded half up; 0 without history. */
    public static long days(BigDecimal value) {
        return value == null ? 0 : value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
