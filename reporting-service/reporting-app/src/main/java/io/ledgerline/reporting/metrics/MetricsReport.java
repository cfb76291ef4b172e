package io.ledgerline.reporting.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Receivable metrics per period, key and currency: amounts in the currency's minor unit, days and CEI with
 * two decimals, ratios as fractions with four; an undefined metric (zero denominator) is {@code null}.
 */
@JsonPropertyOrder({"period", "from", "to", "groupBy", "riskDays", "rows"})
public record MetricsReport(String period, YearMonth from, YearMonth to, String groupBy, int riskDays, List<Row> rows) {

    @JsonPropertyOrder({"period", "start", "end", "days", "key", "currency", "salesInPeriod", "receivablesAtStart",
            "receivablesAtEnd", "currentAtEnd", "overdueAtEnd", "atRiskAtEnd", "collected", "dso", "countbackDso",
            "bestPossibleDso", "averageDaysDelinquent", "collectionEffectivenessIndex", "overdueRatio", "atRiskRate"})
    public record Row(String period, LocalDate start, LocalDate end, long days, String key, String currency,
                      String salesInPeriod, String receivablesAtStart, String receivablesAtEnd, String currentAtEnd,
                      String overdueAtEnd, String atRiskAtEnd, String collected, String dso, String countbackDso,
                      String bestPossibleDso, String averageDaysDelinquent, String collectionEffectivenessIndex,
                      String overdueRatio, String atRiskRate) {
    }
}
