package io.ledgerline.reporting.aging;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Open receivables as of a date by days past due. Rows are per key and currency and totals per
 * currency: amounts in different currencies are never added together. {@code disputed} is the part
 * of the open amount under an open dispute; it is shown separately and still counted in the buckets.
 * {@code knownAt} is the instant the report is as known on ({@code null}: everything recorded so far);
 * {@code basis} is {@code due} (days past due) or {@code issue} (days since issue).
 */
@JsonPropertyOrder({"asOf", "knownAt", "basis", "groupBy", "buckets", "rows", "totals"})
public record AgingReport(LocalDate asOf, Instant knownAt, String basis, String groupBy, List<String> buckets, List<Row> rows,
                          List<Total> totals) {

    /** Open amounts of one customer (or other key) in one currency; {@code amounts} keeps bucket order. */
    @JsonPropertyOrder({"key", "currency", "amounts", "total", "disputed"})
    public record Row(String key, String currency, Map<String, String> amounts, String total, String disputed) {
    }

    /** All rows of one currency added up. */
    @JsonPropertyOrder({"currency", "amounts", "total", "disputed"})
    public record Total(String currency, Map<String, String> amounts, String total, String disputed) {
    }
}
