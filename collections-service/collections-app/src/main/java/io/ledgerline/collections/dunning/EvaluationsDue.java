package io.ledgerline.collections.dunning;

import io.agroal.api.AgroalDataSource;
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
 * The customers to evaluate again ({@code dunning_evaluation_due}), one row each. A mark on a customer already due keeps
 * its {@code since}, takes the newer cause and raises the revision, so an evaluation under way when it came does not clear
 * it.
 */
@ApplicationScoped
public class EvaluationsDue implements DueWork.Queue<EvaluationsDue.Due> {

    /** A customer marked due: why, since when, and the revision of its mark (a later mark raises it). */
    public record Due(String customerId, String cause, LocalDate since, int revision) {
    }

    private static final String MARK = """
            INSERT INTO dunning_evaluation_due (customer_id, cause, since) VALUES (?, ?, ?)
            ON CONFLICT (customer_id) DO UPDATE
            SET cause = excluded.cause, revision = dunning_evaluation_due.revision + 1, attempts = 0, next_attempt_at = now(),
                last_error = NULL""";

    @Inject
    AgroalDataSource dataSource;

    /**
     * Marks the customer due in {@code tx}. A rebuild of a projection folds with only its own tables in reach: what it folds
     * again was evaluated when first folded, so nothing is marked; false then.
     */
    boolean mark(Connection tx, String customerId, String cause, LocalDate since) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("SELECT to_regclass('dunning_evaluation_due') IS NOT NULL");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return false;
            }
        }
        try (PreparedStatement s = tx.prepareStatement(MARK)) {
            s.setString(1, customerId);
            s.setString(2, cause);
            s.setDate(3, Date.valueOf(since));
            return s.executeUpdate() == 1;
        }
    }

    /** Marks the customer due on its own connection (after a failed evaluation in a run). */
    void mark(String customerId, String cause, LocalDate since) {
        try (Connection c = dataSource.getConnection()) {
            mark(c, customerId, cause, since);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot mark customer " + customerId + " for dunning evaluation", e);
        }
    }

    /** Customers that may be tried now, due longest first. */
    @Override
    public List<String> ready(int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT customer_id FROM dunning_evaluation_due WHERE next_attempt_at <= now() ORDER BY since, customer_id LIMIT ?")) {
            s.setInt(1, limit);
            List<String> ready = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ready.add(rs.getString(1));
                }
            }
            return ready;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the customers due for dunning evaluation", e);
        }
    }

    /** The customer's mark, locked until the current transaction ends; empty when not due, not yet to retry, or held. */
    @Override
    public Optional<Due> lock(String customerId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT customer_id, cause, since, revision FROM dunning_evaluation_due
                WHERE customer_id = ? AND next_attempt_at <= now() FOR UPDATE SKIP LOCKED""")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Due(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getInt(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock the dunning evaluation of " + customerId, e);
        }
    }

    /** Clears the mark the evaluation acted on; a newer mark (a higher revision) stays. */
    @Override
    public void done(Due due) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM dunning_evaluation_due WHERE customer_id = ? AND revision = ?")) {
            s.setString(1, due.customerId());
            s.setInt(2, due.revision());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clear the dunning evaluation of " + due.customerId(), e);
        }
    }

    /** Keeps the mark for a retry after {@code retryAfter} doubled per failure before (at most a day). */
    @Override
    public void failed(Due due, String error, Duration retryAfter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                UPDATE dunning_evaluation_due SET attempts = attempts + 1, last_error = ?,
                       next_attempt_at = now() + LEAST(? * power(2, LEAST(attempts, 20)), 86400000) * interval '1 millisecond'
                WHERE customer_id = ? AND revision = ?""")) {
            s.setString(1, error);
            s.setLong(2, retryAfter.toMillis());
            s.setString(3, due.customerId());
            s.setInt(4, due.revision());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the failed dunning evaluation of " + due.customerId(), e);
        }
    }

    /** How many customers are due; NaN when the database cannot say (a gauge's reading). */
    double count() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM dunning_evaluation_due");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
