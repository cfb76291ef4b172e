package io.ledgerline.reporting.forecast;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * Cash expected per ISO week and per key and currency: {@code expected} at each customer's average lateness,
 * {@code early} and {@code late} at its 25th and 75th percentile; the band is {@code cumulativeLow} (late) to
 * {@code cumulativeHigh} (early), what is collected by the end of each week. Amounts in the currency's minor unit.
 */
@JsonPropertyOrder({"asOf", "weeks", "groupBy", "rows"})
public record CollectionForecast(LocalDate asOf, int weeks, String groupBy, List<Row> rows) {

    @JsonPropertyOrder({"key", "currency", "open", "weeks", "later"})
    public record Row(String key, String currency, String open, List<Week> weeks, Amounts later) {
    }

    @JsonPropertyOrder({"week", "start", "expected", "early", "late", "cumulativeExpected", "cumulativeLow", "cumulativeHigh"})
    public record Week(String week, LocalDate start, String expected, String early, String late, String cumulativeExpected,
                       String cumulativeLow, String cumulativeHigh) {
    }

    /** What is expected after the last week. */
    @JsonPropertyOrder({"expected", "early", "late"})
    public record Amounts(String expected, String early, String late) {
    }
}
