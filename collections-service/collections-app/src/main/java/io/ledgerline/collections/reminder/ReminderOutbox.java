package io.ledgerline.collections.reminder;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.collections.api.v1.DunningStepReached;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import java.util.UUID;

/**
 * The reminder emails to send and sent ({@code reminder_email}): an intent per item and email step, written in the
 * transaction that stores the step, then the outcome written in the transaction that stores its event.
 */
@ApplicationScoped
public class ReminderOutbox {

    private static final String COLUMNS = """
            reminder_id, customer_id, invoice_id, invoice_number, step_id, action, due_date, reached_on, amount, currency, message_id,
            status, recipient, language, subject, decided_on, reason, attempts, last_error""";

    @Inject
    AgroalDataSource dataSource;

    /** An email step reached: the intent to send its reminder, in the step's transaction; a step reached again adds nothing. */
    void stepReached(@Observes DunningStepReached step) {
        if (!DunningStepReached.COURTESY_EMAIL.equals(step.action()) && !DunningStepReached.OVERDUE_EMAIL.equals(step.action())) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO reminder_email (reminder_id, customer_id, invoice_id, invoice_number, step_id, action, due_date, reached_on,
                                            amount, currency, message_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            s.setString(1, ReminderEmail.reminderId(step.customerId(), step.invoiceId(), step.stepId()));
            s.setString(2, step.customerId());
            s.setString(3, step.invoiceId());
            s.setString(4, step.invoiceNumber());
            s.setString(5, step.stepId());
            s.setString(6, step.action());
            s.setDate(7, Date.valueOf(step.dueDate()));
            s.setDate(8, Date.valueOf(step.businessDate()));
            s.setBigDecimal(9, step.amountDunned().amount());
            s.setString(10, step.amountDunned().currency());
            s.setString(11, "<" + UUID.randomUUID() + "@ledgerline>");
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the reminder of step " + step.stepId() + " of invoice " + step.invoiceId(), e);
        }
    }

    /** Ids of pending reminders that may be tried now, oldest first. */
    List<String> ready(int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT reminder_id FROM reminder_email WHERE status = 'PENDING' AND next_attempt_at <= now()
                ORDER BY next_attempt_at, reached_on, reminder_id LIMIT ?""")) {
            s.setInt(1, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the reminders to send", e);
        }
    }

    /** The pending reminder, locked until the transaction ends; empty when decided, not yet due or taken by another sender. */
    Optional<Reminder> lock(String reminderId) {
        return select("WHERE reminder_id = ? AND status = 'PENDING' AND next_attempt_at <= now() FOR UPDATE SKIP LOCKED", reminderId)
                .stream().findFirst();
    }

    /** The customer's reminders by the day their step was reached; {@code status} null: all. */
    List<Reminder> of(String customerId, Reminder.Status status) {
        return select("""
                WHERE customer_id = ? AND status = COALESCE(CAST(? AS VARCHAR), status) ORDER BY reached_on, due_date, invoice_number, reminder_id""",
                customerId, status == null ? null : status.name());
    }

    void sent(Reminder r, String to, String language, String subject, LocalDate sentOn) {
        update("UPDATE reminder_email SET status = 'SENT', recipient = ?, language = ?, subject = ?, decided_on = ?, attempts = attempts + 1 "
                + "WHERE reminder_id = ?", to, language, subject, Date.valueOf(sentOn), r.reminderId());
    }

    void notSent(Reminder r, String reason, LocalDate decidedOn) {
        update("UPDATE reminder_email SET status = 'NOT_SENT', reason = ?, decided_on = ? WHERE reminder_id = ?", reason,
                Date.valueOf(decidedOn), r.reminderId());
    }

    /** Keeps the reminder pending for another attempt after {@code retryAfter}, doubled per failed attempt (at most a day). */
    void failed(Reminder r, String error, Duration retryAfter) {
        update("""
                UPDATE reminder_email SET attempts = attempts + 1, last_error = ?,
                       next_attempt_at = now() + LEAST(? * power(2, LEAST(attempts, 20)), 86400000) * interval '1 millisecond'
                WHERE reminder_id = ? AND status = 'PENDING'""", error, retryAfter.toMillis(), r.reminderId());
    }

    private void update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the outcome of reminder " + args[args.length - 1], e);
        }
    }

    private List<Reminder> select(String where, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM reminder_email " + where)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<Reminder> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Date decided = rs.getDate(16);
                    found.add(new Reminder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(), rs.getBigDecimal(9),
                            rs.getString(10), rs.getString(11), Reminder.Status.valueOf(rs.getString(12)), rs.getString(13),
                            rs.getString(14), rs.getString(15), decided == null ? null : decided.toLocalDate(), rs.getString(17),
                            rs.getInt(18), rs.getString(19)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read reminders (" + args[0] + ")", e);
        }
    }
}
