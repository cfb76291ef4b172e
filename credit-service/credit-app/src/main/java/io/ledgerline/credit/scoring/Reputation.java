package io.ledgerline.credit.scoring;

import io.ledgerline.credit.api.v1.ReputationWeights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.List;

/**
 * The reputation penalty of a customer's public risk signals: each signal adds its severity's points
 * times its kind's percent times the percent of its age's recency step (ages in whole months; a
 * signal dated after today counts as new). A kind the scorecard does not list counts at 100 percent,
 * a severity it does not list at its highest severity's points: an unknown signal is never free.
 */
public final class Reputation {

    public record Penalty(BigDecimal total) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Reputation() {
    }

    public static Penalty penalty(List<RiskSignal> signals, ReputationWeights weights, LocalDate today) {
        BigDecimal total = BigDecimal.ZERO;
        int highest = weights.severityPoints().isEmpty() ? 0 : Collections.max(weights.severityPoints().values());
        for (RiskSignal s : signals) {
            int severity = weights.severityPoints().getOrDefault(s.severity(), highest);
            int kind = weights.kindPercent().getOrDefault(s.kind(), 100);
            int recency = recencyPercent(s.observedOn(), weights, today);
            total = total.add(BigDecimal.valueOf((long) severity * kind * recency).divide(HUNDRED.multiply(HUNDRED)));
        }
        return new Penalty(total.setScale(2, RoundingMode.HALF_UP));
    }

    static int recencyPercent(LocalDate observedOn, ReputationWeights weights, LocalDate today) {
        long months = observedOn.isAfter(today) ? 0 : Period.between(observedOn, today).toTotalMonths();
        for (ReputationWeights.RecencyStep step : weights.recency()) {
            if (months < step.withinMonths()) {
                return step.percent();
            }
        }
        return weights.olderPercent();
    }
}
