package io.ledgerline.reporting.performance;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Collection performance per period and sales owner or team, in one currency, against the targets finance set:
 * amounts in the currency's minor unit, DSO with two decimals, ratios and attainment as fractions with four;
 * {@code target} is null where none is set for the period in this currency.
 */
@JsonPropertyOrder({"period", "from", "to", "groupBy", "currency", "rows"})
public record CollectionPerformanceReport(String period, YearMonth from, YearMonth to, String groupBy, String currency,
                                          List<Row> rows) {

    /** {@code team}: the team itself (groupBy=team) or the owner's current team; null for none. */
    @JsonPropertyOrder({"period", "start", "end", "days", "key", "team", "salesInPeriod", "collected", "receivablesAtEnd",
            "overdueAtEnd", "overdueRatio", "dso", "target"})
    public record Row(String period, LocalDate start, LocalDate end, long days, String key, Team team, String salesInPeriod,
                      String collected, String receivablesAtEnd, String overdueAtEnd, String overdueRatio, String dso,
                      TargetResult target) {
    }

    /** The target and how the row measured up: met is null where the target sets no limit or the metric is undefined. */
    @JsonPropertyOrder({"targetId", "collect", "maxOverdueRatio", "maxDso", "setBy", "setAt", "attainment", "overdueRatioMet",
            "dsoMet"})
    public record TargetResult(String targetId, String collect, String maxOverdueRatio, String maxDso, String setBy,
                               Instant setAt, String attainment, Boolean overdueRatioMet, Boolean dsoMet) {
    }
}
