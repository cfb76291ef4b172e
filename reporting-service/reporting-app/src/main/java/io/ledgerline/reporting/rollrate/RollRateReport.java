package io.ledgerline.reporting.rollrate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How the receivables of one currency moved between aging buckets, month by month. {@code buckets} are the aging labels
 * in order; each month's {@code rows} are the whole currency and, when {@code groupBy} is set, {@code groups} the same
 * matrix per key.
 */
@JsonPropertyOrder({"currency", "basis", "groupBy", "buckets", "months"})
public record RollRateReport(String currency, String basis, String groupBy, List<String> buckets, List<Month> months) {

    /** One calendar month, from the balances on {@code start} (the day before it) to those on {@code end} (its last day). */
    @JsonPropertyOrder({"month", "start", "end", "rows", "groups"})
    public record Month(String month, LocalDate start, LocalDate end, List<Row> rows,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<Group> groups) {
    }

    /** The matrix of one key of {@code groupBy}. */
    @JsonPropertyOrder({"key", "rows"})
    public record Group(String key, List<Row> rows) {
    }

    /**
     * Where the amounts of one start bucket (or {@code new}, or {@code reopened}) went: {@code to} holds an amount per end
     * bucket and {@code settled}, and adds up to {@code startBalance + issued + increase}. {@code settledBy} splits
     * {@code settled} into {@code paid} and {@code creditedOrWrittenOff}. Rates are fractions with 4 decimals, null when
     * their denominator is zero.
     */
    @JsonPropertyOrder({"from", "startBalance", "issued", "increase", "to", "settledBy", "rollRate", "settledRate"})
    public record Row(String from, String startBalance, String issued, String increase, Map<String, String> to,
                      Map<String, String> settledBy, String rollRate, String settledRate) {
    }
}
