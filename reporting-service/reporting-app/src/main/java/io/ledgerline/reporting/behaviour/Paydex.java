package io.ledgerline.reporting.behaviour;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * A PAYDEX-style index, 1 to 100, of how promptly invoices of one currency were paid, weighted by their amounts.
 * Each invoice scores by its days from due (paid - due) along straight lines between these points, and flat beyond
 * the ends: 10 or more days early (anticipatory) 100, on the due date 80, 15 days late 70, 22 days 60, 30 days 50,
 * 60 days 40, 90 days 30, 120 days or more 20. The index is the amount-weighted mean score rounded half up to a
 * whole number; amounts of different currencies are never weighed against each other.
 */
public final class Paydex {

    private static final int[][] POINTS = {{-10, 100}, {0, 80}, {15, 70}, {22, 60}, {30, 50}, {60, 40}, {90, 30}, {120, 20}};

    private Paydex() {
    }

    /** One invoice's score for paying {@code daysFromDue} days after its due date (negative = early). */
    public static BigDecimal score(long daysFromDue) {
        if (daysFromDue <= POINTS[0][0]) {
            return BigDecimal.valueOf(POINTS[0][1]);
        }
        for (int i = 1; i < POINTS.length; i++) {
            int[] from = POINTS[i - 1];
            int[] to = POINTS[i];
            if (daysFromDue <= to[0]) {
                BigDecimal slope = BigDecimal.valueOf(to[1] - from[1]);
                return BigDecimal.valueOf(from[1]).add(slope.multiply(BigDecimal.valueOf(daysFromDue - from[0]))
                        .divide(BigDecimal.valueOf(to[0] - from[0]), 4, RoundingMode.HALF_EVEN));
            }
        }
        return BigDecimal.valueOf(POINTS[POINTS.length - 1][1]);
    }

    /** The amount-weighted index of invoices all in one currency; {@code null} when there are none. */
    public static Integer index(Collection<PaidInvoice> oneCurrency) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal amounts = BigDecimal.ZERO;
        for (PaidInvoice invoice : oneCurrency) {
            weighted = weighted.add(score(invoice.daysFromDue()).multiply(invoice.amount()));
            amounts = amounts.add(invoice.amount());
        }
        if (amounts.signum() == 0) {
            return null;
        }
        return weighted.divide(amounts, 0, RoundingMode.HALF_UP).intValueExact();
    }
}
