package io.ledgerline.reporting.aging;

import io.ledgerline.platform.eventing.projection.InTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Aging by region, customer type, sales owner or currency from the summaries {@link AgingSummary} keeps:
 * the latest month-end snapshot before the as-of date plus the deltas after it, so a report over a million
 * open items reads some thousand rows. A missing snapshot is built first, while folds wait (they hold the
 * projection's version row shared; the build takes it exclusively), so no delta can slip between the sum
 * and its state row. The disputed column comes from the disputed items alone, counted as {@link FindAging}
 * counts them.
 */
final class FindAgingSummary {

    private static final String AGED = """
            SELECT key, currency, width_bucket(CAST(? AS date) - age_from, CAST(? AS integer[])) AS bucket, sum(amount) AS open_amount
            FROM (SELECT key, currency, age_from, amount FROM aging_snapshot WHERE month_end = ? AND grouping = ? AND basis = ?
                  UNION ALL
                  SELECT key, currency, age_from, amount FROM aging_delta
                  WHERE grouping = ? AND basis = ? AND effective_on > ? AND effective_on <= ?) u
            GROUP BY 1, 2, 3
            HAVING sum(amount) <> 0""";

    /** Disputed part of each disputed item open on the date, as {@link FindAging#AGED} computes it, by key and currency. */
    private static final String DISPUTED = """
            WITH d AS (SELECT invoice_id, currency, sum(amount) AS disputed FROM item_dispute
                       WHERE opened_on <= ? AND (resolved_on IS NULL OR resolved_on > ?)
                       GROUP BY invoice_id, currency),
            item AS (SELECT i.customer_id, i.currency, d.disputed,
                            i.amount + COALESCE((SELECT sum(m.amount) FROM item_movement m WHERE m.invoice_id = i.invoice_id
                                                 AND m.currency = i.currency AND m.effective_on <= ?), 0) AS open_amount
                     FROM d JOIN open_item i ON i.invoice_id = d.invoice_id AND i.currency = d.currency
                     WHERE i.issue_date <= ?)
            SELECT %s AS key, item.currency, sum(LEAST(item.disputed, item.open_amount)) AS disputed
            FROM item LEFT JOIN aging_customer c ON c.customer_id = item.customer_id
            WHERE item.open_amount > 0
            GROUP BY 1, 2""";

    private FindAgingSummary() {
    }

    /** Whether the summaries answer {@code request}: one of their groupings, known now, every item type. */
    static boolean answers(AgingRequest request) {
        return AgingSummary.GROUPINGS.contains(request.groupBy()) && request.knownAt() == null && request.itemType() == null;
    }

    /**
     * Adds each key's open amounts per bucket (index = bucket) and, at index {@code buckets}, its disputed
     * amount into {@code open} (key -> currency -> amounts), creating rows with {@code zeros}.
     */
    static void find(Connection c, AgingRequest request, int buckets, Map<String, Map<String, BigDecimal[]>> open,
                     Function<Integer, BigDecimal[]> zeros) throws SQLException {
        LocalDate asOf = request.asOf();
        LocalDate monthEnd = snapshotFor(asOf);
        String grouping = request.groupBy().parameter();
        String basis = basis(request.basis());
        ensureSnapshot(c, monthEnd, grouping, basis);
        try (PreparedStatement s = c.prepareStatement(AGED)) {
            s.setDate(1, Date.valueOf(asOf));
            s.setArray(2, c.createArrayOf("integer", request.buckets().thresholds()));
            s.setDate(3, Date.valueOf(monthEnd));
            s.setString(4, grouping);
            s.setString(5, basis);
            s.setString(6, grouping);
            s.setString(7, basis);
            s.setDate(8, Date.valueOf(monthEnd));
            s.setDate(9, Date.valueOf(asOf));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    BigDecimal[] amounts = row(open, rs, buckets, zeros);
                    int bucket = rs.getInt("bucket");
                    amounts[bucket] = amounts[bucket].add(rs.getBigDecimal("open_amount"));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(DISPUTED.formatted(key(request.groupBy())))) {
            for (int i = 1; i <= 4; i++) {
                s.setDate(i, Date.valueOf(asOf));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    BigDecimal[] amounts = row(open, rs, buckets, zeros);
                    amounts[buckets] = amounts[buckets].add(rs.getBigDecimal("disputed"));
                }
            }
        }
    }

    /** The latest month end on or before the day before {@code asOf}'s month ends: {@code asOf} itself at a month end. */
    static LocalDate snapshotFor(LocalDate asOf) {
        LocalDate end = asOf.with(TemporalAdjusters.lastDayOfMonth());
        return asOf.equals(end) ? asOf : asOf.withDayOfMonth(1).minusDays(1);
    }

    private static void ensureSnapshot(Connection c, LocalDate monthEnd, String grouping, String basis) throws SQLException {
        if (built(c, monthEnd, grouping, basis)) {
            return;
        }
        InTransaction.run(c, tx -> {
            try (PreparedStatement s = tx.prepareStatement(
                    "SELECT serving_version FROM projection_version WHERE projection = ? FOR UPDATE")) {
                s.setString(1, AgingProjection.NAME);
                s.executeQuery().close();
            }
            if (!built(tx, monthEnd, grouping, basis)) {
                build(tx, monthEnd, grouping, basis);
            }
        });
    }

    private static boolean built(Connection c, LocalDate monthEnd, String grouping, String basis) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM aging_snapshot_state WHERE month_end = ? AND grouping = ? AND basis = ?")) {
            bindSnapshot(s, monthEnd, grouping, basis);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void build(Connection tx, LocalDate monthEnd, String grouping, String basis) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("DELETE FROM aging_snapshot WHERE month_end = ? AND grouping = ? AND basis = ?")) {
            bindSnapshot(s, monthEnd, grouping, basis);
            s.executeUpdate();
        }
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO aging_snapshot (month_end, grouping, basis, key, currency, age_from, amount)
                SELECT ?, grouping, basis, key, currency, age_from, sum(amount) FROM aging_delta
                WHERE grouping = ? AND basis = ? AND effective_on <= ?
                GROUP BY grouping, basis, key, currency, age_from
                HAVING sum(amount) <> 0""")) {
            s.setDate(1, Date.valueOf(monthEnd));
            s.setString(2, grouping);
            s.setString(3, basis);
            s.setDate(4, Date.valueOf(monthEnd));
            s.executeUpdate();
        }
        try (PreparedStatement s = tx.prepareStatement(
                "INSERT INTO aging_snapshot_state (month_end, grouping, basis) VALUES (?, ?, ?)")) {
            bindSnapshot(s, monthEnd, grouping, basis);
            s.executeUpdate();
        }
    }

    private static void bindSnapshot(PreparedStatement s, LocalDate monthEnd, String grouping, String basis) throws SQLException {
        s.setDate(1, Date.valueOf(monthEnd));
        s.setString(2, grouping);
        s.setString(3, basis);
    }

    private static BigDecimal[] row(Map<String, Map<String, BigDecimal[]>> open, ResultSet rs, int buckets,
                                    Function<Integer, BigDecimal[]> zeros) throws SQLException {
        return open.computeIfAbsent(rs.getString("key"), k -> new TreeMap<>())
                .computeIfAbsent(rs.getString("currency").trim(), k -> zeros.apply(buckets + 1));
    }

    private static String basis(AgingBasis basis) {
        return basis == AgingBasis.DUE ? "D" : "I";
    }

    /** The disputed items' key, named like {@link AgingSummary} names it. */
    private static String key(GroupBy groupBy) {
        return switch (groupBy) {
            case REGION -> AgingSummary.key("c.region");
            case CUSTOMER_TYPE -> AgingSummary.key("c.customer_type");
            case SALES_OWNER -> AgingSummary.key("c.sales_owner");
            case CURRENCY -> "item.currency";
            default -> throw new IllegalArgumentException("no summary by " + groupBy.parameter());
        };
    }
}
