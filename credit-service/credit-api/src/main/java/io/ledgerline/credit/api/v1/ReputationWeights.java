package io.ledgerline.credit.api.v1;

import java.util.List;
import java.util.Map;

/**
 * How public risk signals add up to the reputation penalty: each signal counts its severity's points,
 * times its kind's weight in percent, times the recency weight in percent of the first step whose
 * {@code withinMonths} covers its age ({@code olderPercent} past the last step).
 */
public record ReputationWeights(
        Map<String, Integer> severityPoints,
        Map<String, Integer> kindPercent,
        List<RecencyStep> recency,
        int olderPercent) {

    public ReputationWeights {
        severityPoints = severityPoints == null ? Map.of() : Map.copyOf(severityPoints);
        kindPercent = kindPercent == null ? Map.of() : Map.copyOf(kindPercent);
        recency = recency == null ? List.of() : List.copyOf(recency);
    }

    public record RecencyStep(int withinMonths, int percent) {
    }
}
