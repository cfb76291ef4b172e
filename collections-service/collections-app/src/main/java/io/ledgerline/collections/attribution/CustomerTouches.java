package io.ledgerline.collections.attribution;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.collections.api.v1.PaymentAttributed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer's touches of {@code from} to {@code to}, as this service recorded them: reminder emails {@code SENT}
 * ({@code reminder_email}, on the day sent), calls, emails and visits logged on its cases ({@code case_activity}, on the day
 * they happened; notes are no touch) and call tasks completed as {@code DONE} ({@code collection_task}, on the day
 * completed). Only what was known before {@code knownBefore}: an activity logged on that day or later (with an earlier
 * {@code occurredOn}) is left out, so the attribution made on a business date is the same whenever during it it is made.
 */
@ApplicationScoped
public class CustomerTouches {

    @Inject
    AgroalDataSource dataSource;

    public List<Touch> between(String customerId, LocalDate from, LocalDate to, LocalDate knownBefore) {
        List<Touch> touches = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT reminder_id, decided_on, step_id, invoice_number, recipient FROM reminder_email
                    WHERE customer_id = ? AND status = 'SENT' AND decided_on BETWEEN ? AND ? AND decided_on < ?""")) {
                bind(s, customerId, from, to, knownBefore);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        touches.add(new Touch(PaymentAttributed.REMINDER_EMAIL, rs.getString(1), rs.getDate(2).toLocalDate(),
                                "collections-service", rs.getString(3) + " for invoice " + rs.getString(4) + " to " + rs.getString(5)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT activity_id, type, occurred_on, logged_by, summary, outcome FROM case_activity
                    WHERE customer_id = ? AND type IN ('CALL', 'EMAIL', 'VISIT') AND occurred_on BETWEEN ? AND ? AND logged_on < ?""")) {
                bind(s, customerId, from, to, knownBefore);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String outcome = rs.getString(6);
                        touches.add(new Touch(rs.getString(2), rs.getString(1), rs.getDate(3).toLocalDate(), rs.getString(4),
                                rs.getString(5) + (outcome == null ? "" : ": " + outcome)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT task_id, completed_on, completed_by, step_id, invoice_number, outcome FROM collection_task
                    WHERE customer_id = ? AND kind = 'CALL' AND status = 'DONE' AND completed_on BETWEEN ? AND ? AND completed_on < ?""")) {
                bind(s, customerId, from, to, knownBefore);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String outcome = rs.getString(6);
                        touches.add(new Touch(PaymentAttributed.CALL, rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                                "call task " + rs.getString(4) + " for invoice " + rs.getString(5) + " done"
                                        + (outcome == null ? "" : ": " + outcome)));
                    }
                }
            }
            touches.addAll(PromiseTouches.between(c, customerId, from, to, knownBefore));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the touches of customer " + customerId, e);
        }
        return touches;
    }

    static void bind(PreparedStatement s, String customerId, LocalDate from, LocalDate to, LocalDate knownBefore) throws SQLException {
        s.setString(1, customerId);
        s.setDate(2, Date.valueOf(from));
        s.setDate(3, Date.valueOf(to));
        s.setDate(4, Date.valueOf(knownBefore));
    }
}
