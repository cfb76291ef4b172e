package io.ledgerline.reporting.performance;

import io.ledgerline.reporting.metrics.MetricsReport;
import io.ledgerline.reporting.metrics.ReceivableMetrics;
import java.math.BigDecimal;

/**
 * What one sales owner's (or several owners' together) customers did in a period, in one currency: the
 * period metrics' sales, collections and receivables at the end, which add up across owners.
 */
record Figures(BigDecimal sales, BigDecimal collected, BigDecimal receivablesAtEnd, BigDecimal overdueAtEnd) {

    static final Figures NONE = new Figures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** A metrics row's amounts (decimal strings in the currency's minor unit, as the ledger holds them). */
    static Figures of(MetricsReport.Row row) {
        return new Figures(new BigDecimal(row.salesInPeriod()), new BigDecimal(row.collected()),
                new BigDecimal(row.receivablesAtEnd()), new BigDecimal(row.overdueAtEnd()));
    }

    Figures plus(Figures other) {
        return new Figures(sales.add(other.sales), collected.add(other.collected), receivablesAtEnd.add(other.receivablesAtEnd),
                overdueAtEnd.add(other.overdueAtEnd));
    }

    /** receivables at the end / sales in the period x days, as the metrics report computes it. */
    BigDecimal dso(long days) {
        return ReceivableMetrics.simpleDso(receivablesAtEnd, sales, days);
    }

    /** overdue at the end / receivables at the end, as the metrics report computes it. */
    BigDecimal overdueRatio() {
        return ReceivableMetrics.ratio(overdueAtEnd, receivablesAtEnd);
    }
}
