package io.ledgerline.reporting.aging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ages open items as of any date. An item is open on D when it was issued on or before D and what
 * was applied to it on or before D leaves something to pay; PostgreSQL does the grouping, so the
 * answer is one row per key, currency and bucket whatever the number of invoices. A settlement
 * only counts in its invoice's currency: an amount in another currency is never subtracted.
 */
@ApplicationScoped
public class FindAging {

    private static final String QUERY = """
            SELECT %1$s AS key, i.currency AS currency,
                   width_bucket(CAST(? AS date) - i.due_date, CAST(? AS integer[])) AS bucket,
                   sum(i.amount - COALESCE(s.settled, 0)) AS open_amount
            FROM open_item i
            LEFT JOIN (SELECT invoice_id, currency, sum(amount) AS settled
                       FROM item_settlement
                       WHERE applied_on <= ?
                       GROUP BY invoice_id, currency) s ON s.invoice_id = i.invoice_id AND s.currency = i.currency
            WHERE i.issue_date <= ?
              AND i.amount - COALESCE(s.settled, 0) > 0
            GROUP BY %1$s, i.currency, bucket
            ORDER BY %1$s, i.currency, bucket""";

    @Inject
    AgroalDataSource dataSource;

    public AgingReport find(AgingRequest request) {
        List<String> labels = request.buckets().labels();
        // key -> currency -> amount per bucket, both sorted so the report reads the same every time
        Map<String, Map<String, BigDecimal[]>> open = new TreeMap<>();
        Date asOf = Date.valueOf(request.asOf());
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(QUERY.formatted(request.groupBy().column()))) {
            s.setDate(1, asOf);
            s.setArray(2, c.createArrayOf("integer", request.buckets().thresholds()));
            s.setDate(3, asOf);
            s.setDate(4, asOf);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    BigDecimal[] amounts = open.computeIfAbsent(rs.getString("key"), k -> new TreeMap<>())
                            .computeIfAbsent(rs.getString("currency"), k -> zeros(labels.size()));
                    int bucket = rs.getInt("bucket");
                    amounts[bucket] = amounts[bucket].add(rs.getBigDecimal("open_amount"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the aging read model", e);
        }
        return report(request, labels, open);
    }

    private static AgingReport report(AgingRequest request, List<String> labels, Map<String, Map<String, BigDecimal[]>> open) {
        List<AgingReport.Row> rows = new ArrayList<>();
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        open.forEach((key, byCurrency) -> byCurrency.forEach((currency, amounts) -> {
            BigDecimal[] shown = inCurrencyScale(amounts, currency);
            rows.add(new AgingReport.Row(key, currency, byLabel(labels, shown), sum(shown).toPlainString()));
            BigDecimal[] total = totals.computeIfAbsent(currency, k -> zeros(labels.size()));
            for (int i = 0; i < shown.length; i++) {
                total[i] = total[i].add(shown[i]);
            }
        }));
        List<AgingReport.Total> totalRows = new ArrayList<>();
        totals.forEach((currency, amounts) ->
                totalRows.add(new AgingReport.Total(currency, byLabel(labels, amounts), sum(amounts).toPlainString())));
        return new AgingReport(request.asOf(), request.groupBy().parameter(), labels, rows, totalRows);
    }

    /**
     * Rounds each bucket once to the currency's minor unit, before anything is added, so the
     * buckets shown always add up to the totals shown.
     */
    private static BigDecimal[] inCurrencyScale(BigDecimal[] amounts, String currency) {
        int scale = scaleOf(currency);
        return Arrays.stream(amounts)
                .map(a -> scale < 0 ? a : a.setScale(scale, RoundingMode.HALF_EVEN))
                .toArray(BigDecimal[]::new);
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
