package io.ledgerline.reporting.rollrate;

import io.ledgerline.platform.eventing.projection.ProjectionReads;
import io.ledgerline.reporting.aging.GroupBy;
import io.ledgerline.reporting.metrics.MetricsPeriod.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares, for each month, every item's state on the day before the month with its state on the month's last day, from
 * the aging read model: an item's open amount and bucket on a date are exactly those of the aging report (amount plus its
 * movements effective on or before the date, in its own currency; open when more than zero; bucket by
 * {@code width_bucket} over the same thresholds and basis). PostgreSQL classifies each item and adds up per month, key,
 * row and end bucket, so the answer is a few rows per month whatever the number of invoices.
 */
@ApplicationScoped
public class FindRollRates {

    /**
     * One line per month, key, row ({@code row_kind}: start bucket, -1 new, -2 reopened) and end bucket (NULL: nothing
     * open at the end). {@code item} first finds, per item, what is open after the last month and the date of its last
     * change, so that an item settled for good before a month (most of a ledger's history) is not paired with it: it
     * counts in no row of that month. Each remaining (month, item) pair adds up its movements to the month's end in one
     * hash join. Formatted with the grouping's key expression and the basis'
     * date column, never user text.
     */
    static final String FLOWS = """
            WITH p AS (SELECT CAST(? AS varchar) AS currency, CAST(? AS integer[]) AS thresholds, CAST(? AS date) AS first_start,
                              CAST(? AS date) AS last_end),
            month AS (SELECT m.start_on, m.end_on FROM unnest(CAST(? AS date[]), CAST(? AS date[])) AS m(start_on, end_on)),
            item AS (
                SELECT i.invoice_id, i.customer_id, i.currency, i.item_type, i.product_line, i.amount, i.issue_date, i.due_date,
                       i.amount + COALESCE(t.moved, 0) AS final_open, GREATEST(i.issue_date, t.last_on) AS last_change
                FROM p
                JOIN open_item i ON i.currency = p.currency AND i.issue_date <= p.last_end
                LEFT JOIN (SELECT mv.invoice_id, sum(mv.amount) AS moved, max(mv.effective_on) AS last_on
                           FROM p JOIN item_movement mv ON mv.currency = p.currency AND mv.effective_on <= p.last_end
                           GROUP BY mv.invoice_id) t ON t.invoice_id = i.invoice_id
            ),
            pair AS (
                SELECT m.start_on, m.end_on, i.*
                FROM (SELECT item.* FROM item, p WHERE item.final_open > 0 OR item.last_change > p.first_start) i
                JOIN month m ON i.issue_date <= m.end_on AND (i.final_open > 0 OR m.start_on < i.last_change)
            ),
            moved AS (
                SELECT i.end_on, i.invoice_id,
                       COALESCE(sum(mv.amount) FILTER (WHERE mv.effective_on <= i.start_on), 0) AS until_start,
                       sum(mv.amount) AS until_end,
                       -COALESCE(sum(mv.amount) FILTER (WHERE mv.kind IN ('APPLIED', 'UNAPPLIED')
                                                        AND (mv.effective_on > i.start_on OR i.issue_date > i.start_on)), 0)
                           AS paid
                FROM pair i
                JOIN item_movement mv ON mv.invoice_id = i.invoice_id AND mv.currency = i.currency AND mv.effective_on <= i.end_on
                GROUP BY 1, 2
            ),
            state AS (
                SELECT i.end_on, %1$s AS key, i.amount, i.issue_date > i.start_on AS issued_in_month,
                       CASE WHEN i.issue_date <= i.start_on THEN GREATEST(i.amount + COALESCE(v.until_start, 0), 0) ELSE 0 END
                           AS start_open,
                       GREATEST(i.amount + COALESCE(v.until_end, 0), 0) AS end_open,
                       COALESCE(v.paid, 0) AS paid,
                       width_bucket(i.start_on - %2$s, p.thresholds) AS start_bucket,
                       width_bucket(i.end_on - %2$s, p.thresholds) AS end_bucket
                FROM p
                CROSS JOIN pair i
                LEFT JOIN moved v ON v.end_on = i.end_on AND v.invoice_id = i.invoice_id
                LEFT JOIN aging_customer c ON c.customer_id = i.customer_id
            ),
            flow AS (
                SELECT end_on, key, end_open, paid,
                       CASE WHEN start_open > 0 THEN start_bucket WHEN issued_in_month THEN -1 WHEN end_open > 0 THEN -2 END
                           AS row_kind,
                       CASE WHEN end_open > 0 THEN end_bucket END AS end_bucket,
                       CASE WHEN start_open > 0 THEN start_open WHEN issued_in_month THEN amount ELSE 0 END AS base
                FROM state
            )
            SELECT end_on, key, row_kind, end_bucket, sum(base) AS base, sum(end_open) AS end_open,
                   sum(GREATEST(end_open - base, 0)) AS increase,
                   sum(GREATEST(base - end_open, 0)) AS settled,
                   sum(LEAST(GREATEST(base - end_open, 0), GREATEST(paid, 0))) AS paid
            FROM flow
            WHERE row_kind IS NOT NULL
            GROUP BY 1, 2, 3, 4""";

    @Inject
    ProjectionReads reads;

    public RollRateReport find(RollRateRequest request) {
        List<String> labels = request.buckets().labels();
        List<Period> months = request.months();
        Map<LocalDate, RollRateMatrix> totals = new HashMap<>();
        Map<LocalDate, Map<String, RollRateMatrix>> groups = new HashMap<>();
        for (Period month : months) {
            totals.put(month.end(), new RollRateMatrix(labels));
            groups.put(month.end(), new TreeMap<>());
        }
        GroupBy groupBy = request.groupBy() == null ? GroupBy.CURRENCY : request.groupBy();
        String sql = FLOWS.formatted(groupBy.expression(), request.basis().column());
        try (Connection c = reads.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, request.currency());
            s.setArray(2, c.createArrayOf("integer", request.buckets().thresholds()));
            s.setDate(3, Date.valueOf(months.get(0).start().minusDays(1)));
            s.setDate(4, Date.valueOf(months.get(months.size() - 1).end()));
            s.setArray(5, c.createArrayOf("date", months.stream().map(m -> Date.valueOf(m.start().minusDays(1))).toArray()));
            s.setArray(6, c.createArrayOf("date", months.stream().map(m -> Date.valueOf(m.end())).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    LocalDate end = rs.getDate("end_on").toLocalDate();
                    RollRateMatrix.Flow flow = new RollRateMatrix.Flow(rs.getInt("row_kind"),
                            rs.getObject("end_bucket", Integer.class),
                            rs.getBigDecimal("base"), rs.getBigDecimal("end_open"), rs.getBigDecimal("increase"),
                            rs.getBigDecimal("settled"), rs.getBigDecimal("paid"));
                    totals.get(end).add(flow);
                    groups.get(end).computeIfAbsent(rs.getString("key"), k -> new RollRateMatrix(labels)).add(flow);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the aging read model for roll rates", e);
        }
        List<RollRateReport.Month> report = new ArrayList<>();
        for (Period month : months) {
            List<RollRateReport.Group> keyed = null;
            if (request.groupBy() != null) {
                keyed = new ArrayList<>();
                for (Map.Entry<String, RollRateMatrix> group : groups.get(month.end()).entrySet()) {
                    keyed.add(new RollRateReport.Group(group.getKey(), group.getValue().rows(request.currency())));
                }
            }
            report.add(new RollRateReport.Month(month.label(), month.start().minusDays(1), month.end(),
                    totals.get(month.end()).rows(request.currency()), keyed));
        }
        return new RollRateReport(request.currency(), request.basis().parameter(),
                request.groupBy() == null ? null : request.groupBy().parameter(), labels, report);
    }
}
