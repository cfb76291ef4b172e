package io.ledgerline.reporting.aging;

import io.ledgerline.platform.eventing.projection.ProjectionReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ages open items (invoices, contract installments and late fees alike; optionally only one item type)
 * as of any date, by days past due or days since issue, as known now or on any earlier instant. An item is open on D when it was issued on or before D and its
 * amount plus its movements effective on or before D (payments applied and unapplied, credits,
 * write-offs, debit adjustments) leaves something to pay. Its disputed part on D is what disputes opened and not yet
 * resolved on D claim, never more than its open amount. PostgreSQL does the grouping, so the answer
 * is one row per key, currency and bucket whatever the number of invoices. A movement or dispute
 * only counts in its invoice's currency: an amount in another currency is never subtracted.
 */
@ApplicationScoped
public class FindAging {

    /**
     * Every item open on {@code as_of} with its key, bucket and disputed part, as known on {@code known_at}
     * (NULL = now): an invoice, movement or dispute opening recorded after it is left out, and a dispute
     * resolution recorded after it has not happened yet. Facts without a recorded time are known since
     * forever. Formatted with the grouping's key expression and the basis' date column, never user text;
     * bound by {@link #bind}.
     */
    static final String AGED = """
            WITH p AS (SELECT CAST(? AS date) AS as_of, CAST(? AS integer[]) AS thresholds, CAST(? AS varchar) AS item_type,
                              CAST(? AS timestamptz) AS known_at),
            item AS (
                SELECT i.invoice_id, i.invoice_number, i.customer_id, i.currency, i.amount, i.issue_date, i.due_date, i.item_type,
                       i.product_line,
                       i.amount + COALESCE(m.moved, 0) AS open_amount,
                       COALESCE(d.disputed, 0) AS disputed,
                       p.as_of - %2$s AS days
                FROM open_item i
                CROSS JOIN p
                LEFT JOIN (SELECT invoice_id, currency, sum(amount) AS moved
                           FROM item_movement, p
                           WHERE effective_on <= p.as_of
                             AND (p.known_at IS NULL OR recorded_at IS NULL OR recorded_at <= p.known_at)
                           GROUP BY invoice_id, currency) m ON m.invoice_id = i.invoice_id AND m.currency = i.currency
                LEFT JOIN (SELECT invoice_id, currency, sum(amount) AS disputed
                           FROM item_dispute, p
                           WHERE opened_on <= p.as_of
                             AND (p.known_at IS NULL OR opened_recorded_at IS NULL OR opened_recorded_at <= p.known_at)
                             AND (resolved_on IS NULL OR resolved_on > p.as_of
                                  OR (p.known_at IS NOT NULL AND resolved_recorded_at > p.known_at))
                           GROUP BY invoice_id, currency) d ON d.invoice_id = i.invoice_id AND d.currency = i.currency
                WHERE i.issue_date <= p.as_of AND (p.item_type IS NULL OR i.item_type = p.item_type)
                  AND (p.known_at IS NULL OR i.recorded_at <= p.known_at)
            ),
            aged AS (
                SELECT %1$s AS key, i.*, width_bucket(i.days, p.thresholds) AS bucket,
                       LEAST(i.disputed, i.open_amount) AS disputed_open
                FROM item i
                CROSS JOIN p
                LEFT JOIN aging_customer c ON c.customer_id = i.customer_id
                WHERE i.open_amount > 0
            )
            """;

    private static final String QUERY = AGED + """
            SELECT key, currency, bucket, sum(open_amount) AS open_amount, sum(disputed_open) AS disputed
            FROM aged
            GROUP BY 1, 2, 3
            ORDER BY 1, 2, 3""";

    @Inject
    ProjectionReads reads;

    public AgingReport find(AgingRequest request) {
        List<String> labels = request.buckets().labels();
        // key -> currency -> open amount per bucket and, last, the disputed amount; sorted so the report reads the same every time
        Map<String, Map<String, BigDecimal[]>> open = new TreeMap<>();
        if (FindAgingSummary.answers(request)) {
            try (Connection c = reads.connection()) {
                FindAgingSummary.find(c, request, labels.size(), open, FindAging::zeros);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the aging summaries", e);
            }
            return report(request, labels, open);
        }
        return findItemByItem(request);
    }

    /** The report summed from every item, whatever the question; what {@link FindAgingSummary} must always equal. */
    AgingReport findItemByItem(AgingRequest request) {
        List<String> labels = request.buckets().labels();
        Map<String, Map<String, BigDecimal[]>> open = new TreeMap<>();
        try (Connection c = reads.connection(); PreparedStatement s = c.prepareStatement(sql(QUERY, request))) {
            bind(c, s, request);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    BigDecimal[] amounts = open.computeIfAbsent(rs.getString("key"), k -> new TreeMap<>())
                            .computeIfAbsent(rs.getString("currency"), k -> zeros(labels.size() + 1));
                    int bucket = rs.getInt("bucket");
                    amounts[bucket] = amounts[bucket].add(rs.getBigDecimal("open_amount"));
                    amounts[labels.size()] = amounts[labels.size()].add(rs.getBigDecimal("disputed"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the aging read model", e);
        }
        return report(request, labels, open);
    }

    /** The statement for {@code query} (which starts with {@link #AGED}) with the request's grouping and basis. */
    static String sql(String query, AgingRequest request) {
        return query.formatted(request.groupBy().expression(), request.basis().column());
    }

    /** Binds {@link #AGED}'s four parameters; the query's own come after them, from 5 on. */
    static void bind(Connection c, PreparedStatement s, AgingRequest request) throws SQLException {
        s.setDate(1, Date.valueOf(request.asOf()));
        s.setArray(2, c.createArrayOf("integer", request.buckets().thresholds()));
        s.setString(3, request.itemType());
        s.setTimestamp(4, request.knownAt() == null ? null : Timestamp.from(request.knownAt()));
    }

    private static AgingReport report(AgingRequest request, List<String> labels, Map<String, Map<String, BigDecimal[]>> open) {
        int buckets = labels.size();
        List<AgingReport.Row> rows = new ArrayList<>();
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        open.forEach((key, byCurrency) -> byCurrency.forEach((currency, amounts) -> {
            BigDecimal[] shown = inCurrencyScale(amounts, currency);
            BigDecimal[] aged = Arrays.copyOf(shown, buckets);
            rows.add(new AgingReport.Row(key, currency, byLabel(labels, aged), sum(aged).toPlainString(),
                    shown[buckets].toPlainString()));
            BigDecimal[] total = totals.computeIfAbsent(currency, k -> zeros(buckets + 1));
            for (int i = 0; i < shown.length; i++) {
                total[i] = total[i].add(shown[i]);
            }
        }));
        List<AgingReport.Total> totalRows = new ArrayList<>();
        totals.forEach((currency, amounts) -> {
            BigDecimal[] aged = Arrays.copyOf(amounts, buckets);
            totalRows.add(new AgingReport.Total(currency, byLabel(labels, aged), sum(aged).toPlainString(),
                    amounts[buckets].toPlainString()));
        });
        return new AgingReport(request.asOf(), request.knownAt(), request.basis().parameter(), request.groupBy().parameter(),
                labels, rows, totalRows);
    }

    /**
     * Rounds each bucket once to the currency's minor unit, before anything is added, so the
     * buckets shown always add up to the totals shown.
     */
    private static BigDecimal[] inCurrencyScale(BigDecimal[] amounts, String currency) {
        return Arrays.stream(amounts).map(a -> inCurrencyScale(a, currency)).toArray(BigDecimal[]::new);
    }

    /** An amount in its currency's minor unit (half even), as every amount of the report is shown. */
    static BigDecimal inCurrencyScale(BigDecimal amount, String currency) {
        int scale = scaleOf(currency);
        return scale < 0 ? amount : amount.setScale(scale, RoundingMode.HALF_EVEN);
    }

    /** ISO 4217 minor units, e.g. 2 for USD and 0 for JPY; -1 (keep as stored) for codes without one. */
    static int scaleOf(String currency) {
        try {
            return Currency.getInstance(currency.trim()).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static Map<String, String> byLabel(List<String> labels, BigDecimal[] amounts) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            map.put(labels.get(i), amounts[i].toPlainString());
        }
        return map;
    }

    private static BigDecimal sum(BigDecimal[] amounts) {
        return Arrays.stream(amounts).reduce(BigDecimal::add).orElseThrow();
    }

    private static BigDecimal[] zeros(int size) {
        BigDecimal[] zeros = new BigDecimal[size];
        Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }
}
