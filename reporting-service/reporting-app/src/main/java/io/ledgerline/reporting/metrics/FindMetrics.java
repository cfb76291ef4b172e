package io.ledgerline.reporting.metrics;

import io.ledgerline.platform.eventing.projection.ProjectionReads;
import io.ledgerline.reporting.aging.GroupBy;
import io.ledgerline.reporting.metrics.MetricsPeriod.Period;
import io.ledgerline.reporting.metrics.ReceivableMetrics.MonthlySales;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Measures receivables per period from the aging read model: sales and collections per calendar month,
 * and receivables (total, current, at risk) as of each period's boundaries, each grouped by key and
 * currency in PostgreSQL; the formulas of {@link ReceivableMetrics} then run per period, key and currency.
 * Open amounts as of a date are those of the aging report: amount plus movements effective on or before it.
 */
@ApplicationScoped
public class FindMetrics {

    /** How far back the countback walks from a period's last month; receivables older than that count these months' days. */
    static final int COUNTBACK_MONTHS = 36;

    private static final String SALES = """
            SELECT %s AS key, i.currency, CAST(date_trunc('month', i.issue_date) AS date) AS month, sum(i.amount) AS amount
            FROM open_item i
            LEFT JOIN customer_dimension c ON c.customer_id = i.customer_id
            WHERE i.issue_date BETWEEN ? AND ?
            GROUP BY 1, 2, 3""";

    /** Payments applied less payments unapplied, in the invoice's currency, by the month they take effect. */
    private static final String COLLECTED = """
            SELECT %s AS key, i.currency, CAST(date_trunc('month', m.effective_on) AS date) AS month, -sum(m.amount) AS amount
            FROM item_movement m
            JOIN open_item i ON i.invoice_id = m.invoice_id AND i.currency = m.currency
            LEFT JOIN customer_dimension c ON c.customer_id = i.customer_id
            WHERE m.kind IN ('APPLIED', 'UNAPPLIED') AND m.effective_on BETWEEN ? AND ?
            GROUP BY 1, 2, 3""";

    private static final String RECEIVABLES = """
            WITH d AS (SELECT unnest(CAST(? AS date[])) AS as_of),
            item AS (
                SELECT d.as_of, %s AS key, i.currency, d.as_of - i.due_date AS days,
                       i.amount + COALESCE((SELECT sum(m.amount) FROM item_movement m
                                            WHERE m.invoice_id = i.invoice_id AND m.currency = i.currency
                                              AND m.effective_on <= d.as_of), 0) AS open_amount
                FROM d
                JOIN open_item i ON i.issue_date <= d.as_of
                LEFT JOIN customer_dimension c ON c.customer_id = i.customer_id
            )
            SELECT as_of, key, currency, sum(open_amount) AS total,
                   COALESCE(sum(open_amount) FILTER (WHERE days <= 0), 0) AS current,
                   COALESCE(sum(open_amount) FILTER (WHERE days > ?), 0) AS at_risk
            FROM item
            WHERE open_amount > 0
            GROUP BY 1, 2, 3""";

    @Inject
    ProjectionReads reads;

    public MetricsReport find(MetricsRequest request) {
        List<Period> periods = request.period().between(request.from(), request.to());
        LocalDate first = periods.get(0).start();
        LocalDate last = periods.get(periods.size() - 1).end();
        YearMonth earliestSales = YearMonth.from(first).minusMonths(COUNTBACK_MONTHS - 1L);
        // one period's end is the next one's day before: each date once, or its receivables would count twice
        Set<LocalDate> boundaries = new TreeSet<>();
        for (Period period : periods) {
            boundaries.add(period.start().minusDays(1));
            boundaries.add(period.end());
        }
        String key = keyExpression(request.groupBy());
        Map<Cell, BigDecimal> sales;
        Map<Cell, BigDecimal> collected;
        Map<Cell, Receivables> receivables;
        try (Connection c = reads.connection()) {
            sales = monthly(c, SALES.formatted(key), earliestSales.atDay(1), last);
            collected = monthly(c, COLLECTED.formatted(key), first, last);
            receivables = receivables(c, RECEIVABLES.formatted(key), boundaries, request.riskDays());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the receivables read model for period metrics", e);
        }
        List<MetricsReport.Row> rows = new ArrayList<>();
        for (Period period : periods) {
            Set<KeyCurrency> keys = new TreeSet<>();
            collect(keys, sales, period);
            collect(keys, collected, period);
            collect(keys, receivables, period);
            for (KeyCurrency k : keys) {
                rows.add(row(period, k, sales, collected, receivables));
            }
        }
        return new MetricsReport(request.period().parameter(), request.from(), request.to(), request.groupBy().parameter(),
                request.riskDays(), rows);
    }

    private static MetricsReport.Row row(Period period, KeyCurrency k, Map<Cell, BigDecimal> sales,
                                         Map<Cell, BigDecimal> collected, Map<Cell, Receivables> receivables) {
        BigDecimal sold = sumOverMonths(sales, k, period);
        BigDecimal in = sumOverMonths(collected, k, period);
        Receivables start = receivables.getOrDefault(new Cell(k, period.start().minusDays(1)), Receivables.NONE);
        Receivables end = receivables.getOrDefault(new Cell(k, period.end()), Receivables.NONE);
        BigDecimal overdue = end.total().subtract(end.current());
        List<MonthlySales> history = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.end()), stop = month.minusMonths(COUNTBACK_MONTHS);
             month.isAfter(stop); month = month.minusMonths(1)) {
            history.add(new MonthlySales(sales.getOrDefault(new Cell(k, month.atDay(1)), BigDecimal.ZERO), month.lengthOfMonth()));
        }
        BigDecimal dso = ReceivableMetrics.simpleDso(end.total(), sold, period.days());
        BigDecimal best = ReceivableMetrics.bestPossibleDso(end.current(), sold, period.days());
        String currency = k.currency();
        return new MetricsReport.Row(period.label(), period.start(), period.end(), period.days(), k.key(), currency,
                MinorUnit.format(sold, currency), MinorUnit.format(start.total(), currency),
                MinorUnit.format(end.total(), currency), MinorUnit.format(end.current(), currency),
                MinorUnit.format(overdue, currency), MinorUnit.format(end.atRisk(), currency), MinorUnit.format(in, currency),
                text(dso), text(ReceivableMetrics.countbackDso(end.total(), history)), text(best),
                text(ReceivableMetrics.averageDaysDelinquent(dso, best)),
                text(ReceivableMetrics.collectionEffectivenessIndex(start.total(), sold, end.total(), end.current())),
                text(ReceivableMetrics.ratio(overdue, end.total())), text(ReceivableMetrics.ratio(end.atRisk(), end.total())));
    }

    /** The SQL expression a row is keyed by (open_item {@code i}, customer_dimension {@code c}), never user text. */
    static String keyExpression(GroupBy groupBy) {
        return switch (groupBy) {
            case CUSTOMER -> "i.customer_id";
            case CURRENCY -> "i.currency";
            case ITEM_TYPE -> "i.item_type";
            case PRODUCT_LINE -> GroupBy.PRODUCT_LINE.expression();
            case REGION -> dimension("c.region");
            case CUSTOMER_TYPE -> dimension("c.customer_type");
            case SALES_OWNER -> dimension("c.sales_owner");
        };
    }

    private static String dimension(String column) {
        return "CASE WHEN c.customer_id IS NULL THEN '" + GroupBy.UNKNOWN + "' ELSE COALESCE(NULLIF(" + column + ", ''), '"
                + GroupBy.NONE + "') END";
    }

    private static Map<Cell, BigDecimal> monthly(Connection c, String sql, LocalDate from, LocalDate to) throws SQLException {
        Map<Cell, BigDecimal> amounts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(from));
            s.setDate(2, Date.valueOf(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    amounts.put(new Cell(new KeyCurrency(rs.getString("key"), rs.getString("currency").trim()),
                            rs.getDate("month").toLocalDate()), rs.getBigDecimal("amount"));
                }
            }
        }
        return amounts;
    }

    private static Map<Cell, Receivables> receivables(Connection c, String sql, Set<LocalDate> dates, int riskDays)
            throws SQLException {
        Map<Cell, Receivables> amounts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("date", dates.stream().map(Date::valueOf).toArray()));
            s.setInt(2, riskDays);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    amounts.put(new Cell(new KeyCurrency(rs.getString("key"), rs.getString("currency").trim()),
                                    rs.getDate("as_of").toLocalDate()),
                            new Receivables(rs.getBigDecimal("total"), rs.getBigDecimal("current"), rs.getBigDecimal("at_risk")));
                }
            }
        }
        return amounts;
    }

    /** Every key and currency with sales, collections or receivables in the period or at its boundaries. */
    private static void collect(Set<KeyCurrency> keys, Map<Cell, ?> amounts, Period period) {
        LocalDate before = period.start().minusDays(1);
        amounts.keySet().stream()
                .filter(cell -> !cell.date().isBefore(before) && !cell.date().isAfter(period.end()))
                .forEach(cell -> keys.add(cell.keyCurrency()));
    }

    private static BigDecimal sumOverMonths(Map<Cell, BigDecimal> monthly, KeyCurrency k, Period period) {
        BigDecimal sum = BigDecimal.ZERO;
        for (YearMonth m = YearMonth.from(period.start()); !m.isAfter(YearMonth.from(period.end())); m = m.plusMonths(1)) {
            sum = sum.add(monthly.getOrDefault(new Cell(k, m.atDay(1)), BigDecimal.ZERO));
        }
        return sum;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** A row's identity within a period; ordered so the report reads the same every time. */
    record KeyCurrency(String key, String currency) implements Comparable<KeyCurrency> {
        @Override
        public int compareTo(KeyCurrency other) {
            int byKey = key.compareTo(other.key);
            return byKey != 0 ? byKey : currency.compareTo(other.currency);
        }
    }

    /** A key and currency on a date: a month's first day for monthly amounts, a boundary for receivables. */
    private record Cell(KeyCurrency keyCurrency, LocalDate date) {
    }

    private record Receivables(BigDecimal total, BigDecimal current, BigDecimal atRisk) {
        static final Receivables NONE = new Receivables(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
