package io.ledgerline.reporting.performance;

import io.ledgerline.reporting.metrics.MinorUnit;
import io.ledgerline.reporting.metrics.ReceivableMetrics;
import java.math.BigDecimal;

/**
 * How a row measured up to its target: attainment = collected / target collect (4 decimals, half even); a limit
 * is met when the measured metric is at most the limit, and cannot be judged (null) when the metric is undefined.
 */
final class TargetAttainment {

    private TargetAttainment() {
    }

    static CollectionPerformanceReport.TargetResult of(Target target, Figures figures, BigDecimal overdueRatio, BigDecimal dso) {
        return new CollectionPerformanceReport.TargetResult(target.targetId(), MinorUnit.format(target.collect(), target.currency()),
                text(target.maxOverdueRatio()), text(target.maxDso()), target.setBy(), target.setAt(),
                text(ReceivableMetrics.ratio(figures.collected(), target.collect())),
                met(overdueRatio, target.maxOverdueRatio()), met(dso, target.maxDso()));
    }

    static Boolean met(BigDecimal measured, BigDecimal limit) {
        return limit == null || measured == null ? null : measured.compareTo(limit) <= 0;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
