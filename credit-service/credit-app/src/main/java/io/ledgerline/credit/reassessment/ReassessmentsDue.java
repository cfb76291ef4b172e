package io.ledgerline.credit.reassessment;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.credit.profile.CreditProfileCommand.AssessCustomer;
import io.ledgerline.platform.eventing.due.DueWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The customers due for re-assessment ({@code reassessment_due}), one row each, only customers assessed before (a
 * {@code credit_profile_view} row). A mark on a customer already due keeps its {@code since}, takes the newer trigger
 * and cause and raises the revision, so a re-assessment that was under way when it came does not clear it.
 */
@ApplicationScoped
public class ReassessmentsDue implements DueWork.Queue<Due> {

    private static final String MARK = """
            INSERT INTO reassessment_due (customer_id, trigger, cause, since)
            SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM credit_profile_view WHERE customer_id = ?)
            ON CONFLICT (customer_id) DO UPDATE
            SET trigger = excluded.trigger, cause = excluded.cause, revision = reassessment_due.revision + 1,
                attempts = 0, next_attempt_at = now(), last_error = NULL""";

    /**
     * Assessed customers whose oldest overdue item is now at least n days past due while their last assessment saw it
     * (or the oldest then) at fewer; an assessment recorded before its facts were kept is taken to have seen the item as
     * old as it was on the assessment's date.
     */
    private static final String OVERDUE = """
            WITH p AS (SELECT CAST(? AS DATE) AS d, CAST(? AS INTEGER) AS n),
            assessed AS (SELECT customer_id, CAST(assessment AS jsonb) AS a FROM credit_profile_view),
            oldest AS (
                SELECT i.customer_id, min(i.due_date) AS due
                FROM receivable_item i CROSS JOIN p
                WHERE i.customer_id IN (SELECT customer_id FROM assessed) AND i.issue_date <= p.d AND i.due_date <= p.d - p.n
                  AND i.amount + COALESCE((SELECT sum(m.amount) FROM receivable_movement m
                                           WHERE m.invoice_id = i.invoice_id AND m.effective_on <= p.d), 0) > 0
                GROUP BY i.customer_id),
            crossed AS (
                SELECT o.customer_id, p.d, p.n, p.d - o.due AS days,
                       COALESCE(CAST(s.a #>> '{facts,payments,oldestOverdueDays}' AS INTEGER),
                                CASE WHEN s.a -> 'facts' IS NOT NULL THEN 0
                                     ELSE GREATEST(CAST(s.a ->> 'assessedOn' AS DATE) - o.due, 0) END) AS seen
                FROM oldest o JOIN assessed s ON s.customer_id = o.customer_id CROSS JOIN p)
            INSERT INTO reassessment_due (customer_id, trigger, cause, since)
            SELECT customer_id, ?, 'an item ' || days || ' days overdue (the last assessment saw ' || seen || ')', d
            FROM crossed WHERE seen < n
            ON CONFLICT (customer_id) DO NOTHING
            RETURNING customer_id, trigger, cause, since, revision""";

    /** Assessed customers whose last assessment is more than n days old. */
    private static final String OLD = """
            WITH p AS (SELECT CAST(? AS DATE) AS d, CAST(? AS INTEGER) AS n),
            last AS (SELECT customer_id, CAST(CAST(assessment AS jsonb) ->> 'assessedOn' AS DATE) AS assessed_on
                     FROM credit_profile_view)
            INSERT INTO reassessment_due (customer_id, trigger, cause, since)
            SELECT l.customer_id, ?, 'the last assessment, of ' || l.assessed_on || ', being ' || (p.d - l.assessed_on)
                   || ' days old', p.d
            FROM last l CROSS JOIN p WHERE l.assessed_on < p.d - p.n
            ON CONFLICT (customer_id) DO NOTHING
            RETURNING customer_id, trigger, cause, since, revision""";

    @Inject
    AgroalDataSource dataSource;

    /**
     * Marks the customer due in {@code tx} if it was assessed before; false when it was not. A rebuild of a projection
     * folds with only its own tables in reach: what it folds again was followed up when first folded, so nothing is marked.
     */
    public boolean mark(Connection tx, String customerId, String trigger, String cause, LocalDate since) throws SQLException {
        if (!inReach(tx)) {
            return false;
        }
        try (PreparedStatement s = tx.prepareStatement(MARK)) {
            s.setString(1, customerId);
            s.setString(2, trigger);
            s.setString(3, cause);
            s.setDate(4, Date.valueOf(since));
            s.setString(5, customerId);
            return s.executeUpdate() == 1;
        }
    }

    private static boolean inReach(Connection tx) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("SELECT to_regclass('reassessment_due') IS NOT NULL");
             ResultSet rs = s.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Marks, in {@code tx}, the customers the sweep finds (see the queries); customers already due stay as they are. */
    List<Due> sweep(Connection tx, LocalDate today, int overdueDays, int everyDays) throws SQLException {
        List<Due> marked = new ArrayList<>(insert(tx, OVERDUE, today, overdueDays, AssessCustomer.PAYMENT_BEHAVIOUR));
        marked.addAll(insert(tx, OLD, today, everyDays, AssessCustomer.SCHEDULE));
        return marked;
    }

    private static List<Due> insert(Connection tx, String sql, LocalDate today, int days, String trigger) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(today));
            s.setInt(2, days);
            s.setString(3, trigger);
            List<Due> marked = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    marked.add(due(rs));
                }
            }
            return marked;
        }
    }

    /** Customers that may be tried now, due longest first. */
    @Override
    public List<String> ready(int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT customer_id FROM reassessment_due WHERE next_attempt_at <= now() ORDER BY since, customer_id LIMIT ?")) {
            s.setInt(1, limit);
            List<String> ready = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ready.add(rs.getString(1));
                }
            }
            return ready;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the customers due for re-assessment", e);
        }
    }

    /**
     * The customer's mark, locked until the current transaction ends; empty when it is not due, not yet to be tried
     * again, or held by another worker. A mark arriving meanwhile waits for the lock, then counts as new.
     */
    @Override
    public Optional<Due> lock(String customerId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT customer_id, trigger, cause, since, revision FROM reassessment_due
                WHERE customer_id = ? AND next_attempt_at <= now() FOR UPDATE SKIP LOCKED""")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(due(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock the re-assessment of " + customerId, e);
        }
    }

    /**
     * Clears the mark the re-assessment acted on. The lock keeps newer marks waiting until the transaction ends, when
     * they insert a new row; the revision check guards the clearing all the same.
     */
    @Override
    public void done(Due due) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM reassessment_due WHERE customer_id = ? AND revision = ?")) {
            s.setString(1, due.customerId());
            s.setInt(2, due.revision());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clear the re-assessment of " + due.customerId(), e);
        }
    }

    /**
     * Keeps the mark for a retry after {@code retryAfter} doubled per failure before (at most a day); a newer mark is
     * left to be tried at once.
     */
    @Override
    public void failed(Due due, String error, Duration retryAfter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                UPDATE reassessment_due SET attempts = attempts + 1, last_error = ?,
                       next_attempt_at = now() + LEAST(? * power(2, LEAST(attempts, 20)), 86400000) * interval '1 millisecond'
                WHERE customer_id = ? AND revision = ?""")) {
            s.setString(1, error);
            s.setLong(2, retryAfter.toMillis());
            s.setString(3, due.customerId());
            s.setInt(4, due.revision());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the failed re-assessment of " + due.customerId(), e);
        }
    }

    /** How many customers are due; NaN when the database cannot say (a gauge's reading). */
    double count() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM reassessment_due");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    private static Due due(ResultSet rs) throws SQLException {
        return new Due(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getInt(5));
    }
}
