package io.ledgerline.reporting.credit;

import io.ledgerline.platform.eventing.projection.ProjectionReads;
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

/**
 * Reads what the credit-policy effect is computed from ({@link PolicyEffect}), in one transaction: the checks dated in the
 * period with the grade in force at each, the customers per grade on {@code to}, and the period's grade changes.
 */
@ApplicationScoped
public class FindPolicyEffect {

    /**
     * The grade the check read; for a decision without inputs, the grade in force on its day (the customer's latest
     * assessment by day, then sequence within its credit profile, then recording); '(none)' when never assessed.
     */
    private static final String CHECKS = """
            SELECT CASE WHEN k.inputs_read THEN COALESCE(k.grade_at_check, '(none)')
                        ELSE COALESCE((SELECT g.grade FROM credit_grade g
                                       WHERE g.customer_id = k.customer_id AND g.assessed_on <= k.checked_on
                                       ORDER BY g.assessed_on DESC, g.sequence DESC, g.recorded_at DESC
                                       LIMIT 1), '(none)') END AS grade,
                   k.currency, k.amount, k.status, k.released_on, k.cancelled_on
            FROM credit_check k
            WHERE k.status IS NOT NULL AND k.checked_on BETWEEN ? AND ?""";

    private static final String GRADED = """
            SELECT grade, count(*) AS customers
            FROM (SELECT DISTINCT ON (customer_id) customer_id, grade FROM credit_grade WHERE assessed_on <= ?
                  ORDER BY customer_id, assessed_on DESC, sequence DESC, recorded_at DESC) latest
            GROUP BY grade""";

    private static final String DOWNGRADES = """
            SELECT from_grade, grade FROM credit_alert WHERE kind = 'DOWNGRADE' AND alert_on BETWEEN ? AND ?""";

    /** An assessment of the period whose grade differs from the customer's previous one and whose score is higher. */
    private static final String UPGRADES = """
            SELECT previous_grade, grade
            FROM (SELECT assessed_on, grade, score, lag(grade) OVER w AS previous_grade, lag(score) OVER w AS previous_score
                  FROM credit_grade WHERE assessed_on <= ?
                  WINDOW w AS (PARTITION BY customer_id ORDER BY assessed_on, sequence, recorded_at)) history
            WHERE assessed_on >= ? AND previous_grade IS NOT NULL AND grade <> previous_grade AND score > previous_score""";

    @Inject
    ProjectionReads reads;

    public PolicyEffectReport find(CreditPeriod period) {
        try (Connection c = reads.connection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                PolicyEffectReport report = PolicyEffect.report(period, checks(c, period), graded(c, period.to()),
                        changes(c, period));
                c.commit();
                return report;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the credit read model", e);
        }
    }

    private static List<CheckFate> checks(Connection c, CreditPeriod period) throws SQLException {
        List<CheckFate> checks = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(CHECKS)) {
            s.setDate(1, Date.valueOf(period.from()));
            s.setDate(2, Date.valueOf(period.to()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    checks.add(new CheckFate(rs.getString("grade"), new Money(rs.getBigDecimal("amount"), rs.getString("currency")),
                            CheckOutcome.Status.valueOf(rs.getString("status")), date(rs, "released_on"),
                            date(rs, "cancelled_on")));
                }
            }
        }
        return checks;
    }

    private static Map<String, Long> graded(Connection c, LocalDate to) throws SQLException {
        Map<String, Long> customers = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(GRADED)) {
            s.setDate(1, Date.valueOf(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    customers.put(rs.getString("grade"), rs.getLong("customers"));
                }
            }
        }
        return customers;
    }

    private static List<GradeChange> changes(Connection c, CreditPeriod period) throws SQLException {
        List<GradeChange> changes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(DOWNGRADES)) {
            s.setDate(1, Date.valueOf(period.from()));
            s.setDate(2, Date.valueOf(period.to()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    changes.add(new GradeChange(rs.getString("from_grade"), rs.getString("grade"), GradeChange.Direction.DOWNGRADE));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(UPGRADES)) {
            s.setDate(1, Date.valueOf(period.to()));
            s.setDate(2, Date.valueOf(period.from()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    changes.add(new GradeChange(rs.getString("previous_grade"), rs.getString("grade"), GradeChange.Direction.UPGRADE));
                }
            }
        }
        return changes;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
