package io.ledgerline.collections.casework;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.collections.casework.CaseView.ActivityView;
import io.ledgerline.collections.casework.CaseView.HistoryEntry;
import io.ledgerline.collections.casework.CaseView.TaskView;
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
import java.util.Optional;

/** Reads the cases and tasks {@link CaseRows} folded. */
@ApplicationScoped
public class CaseReads {

    /** An open case as the queue needs it. */
    public record OpenCase(String caseId, String customerId, String owner, String level) {
    }

    @Inject
    AgroalDataSource dataSource;

    public Optional<String> customerOfCase(String caseId) {
        return one("SELECT customer_id FROM collection_case WHERE case_id = ?", caseId);
    }

    public Optional<String> customerOfTask(String taskId) {
        return one("SELECT customer_id FROM collection_task WHERE task_id = ?", taskId);
    }

    public Optional<String> caseOfTask(String taskId) {
        return one("SELECT case_id FROM collection_task WHERE task_id = ? AND case_id IS NOT NULL", taskId);
    }

    public Optional<TaskView> task(String taskId) {
        List<TaskView> tasks = new ArrayList<>();
        query(TASKS + "task_id = ?", rs -> tasks.add(task(rs)), taskId);
        return tasks.stream().findFirst();
    }

    /** The customer's open case, else its latest. */
    public Optional<String> currentCase(String customerId) {
        return one("SELECT case_id FROM collection_case WHERE customer_id = ? ORDER BY (status = 'OPEN') DESC, case_number DESC LIMIT 1",
                customerId);
    }

    /** The invoices of the customer's open tasks made before any case (reminders). */
    public List<String> invoicesOfRemindersWithoutCase(String customerId) {
        List<String> invoices = new ArrayList<>();
        query("SELECT invoice_id FROM collection_task WHERE customer_id = ? AND status = 'OPEN' AND case_id IS NULL",
                rs -> invoices.add(rs.getString(1)), customerId);
        return invoices;
    }

    public boolean hasOpenCase(String customerId) {
        return one("SELECT case_id FROM collection_case WHERE customer_id = ? AND status = 'OPEN'", customerId).isPresent();
    }

    public List<String> customersWithOpenCase() {
        List<String> customers = new ArrayList<>();
        query("SELECT customer_id FROM collection_case WHERE status = 'OPEN' ORDER BY customer_id", rs -> customers.add(rs.getString(1)));
        return customers;
    }

    /** The open cases, of {@code owner} only when given, in case id order. */
    public List<OpenCase> openCases(String owner) {
        List<OpenCase> cases = new ArrayList<>();
        query("SELECT case_id, customer_id, owner, level FROM collection_case WHERE status = 'OPEN' AND owner = COALESCE(?, owner) "
                + "ORDER BY case_id", rs -> cases.add(new OpenCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))), owner);
        return cases;
    }

    public List<TaskView> tasks(String caseId, boolean openOnly) {
        List<TaskView> tasks = new ArrayList<>();
        query(TASKS + "case_id = ? AND (status = 'OPEN' OR NOT ?) ORDER BY due_date, task_id", rs -> tasks.add(task(rs)), caseId, openOnly);
        return tasks;
    }

    private static final String TASKS = "SELECT task_id, kind, owner, due_date, status, outcome, invoice_id, invoice_number, step_id, "
            + "created_on, completed_on, completed_by, note FROM collection_task WHERE ";

    private static TaskView task(ResultSet rs) throws SQLException {
        return new TaskView(rs.getString(1), rs.getString(2), rs.getString(3), date(rs.getDate(4)), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), date(rs.getDate(10)), date(rs.getDate(11)), rs.getString(12),
                rs.getString(13));
    }

    public Optional<CaseView> find(String caseId) {
        List<CaseView> found = new ArrayList<>();
        query("SELECT case_id, case_number, customer_id, status, owner, level, opened_on, closed_on, close_reason FROM collection_case "
                + "WHERE case_id = ?", rs -> found.add(new CaseView(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), date(rs.getDate(7)), date(rs.getDate(8)), rs.getString(9), tasks(caseId, false),
                history(caseId), activities(caseId))), caseId);
        return found.stream().findFirst();
    }

    private List<HistoryEntry> history(String caseId) {
        List<HistoryEntry> entries = new ArrayList<>();
        query("SELECT event, happened_on, actor, task_id, from_owner, to_owner, level, detail FROM case_history WHERE case_id = ? "
                + "OR task_id IN (SELECT task_id FROM collection_task WHERE case_id = ?) ORDER BY entry_id",
                rs -> entries.add(new HistoryEntry(rs.getString(1), date(rs.getDate(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8))), caseId, caseId);
        return entries;
    }

    private List<ActivityView> activities(String caseId) {
        List<ActivityView> activities = new ArrayList<>();
        query("SELECT activity_id, type, occurred_on, summary, outcome, logged_by, logged_on FROM case_activity WHERE case_id = ? "
                + "ORDER BY occurred_on, logged_on, activity_id", rs -> activities.add(new ActivityView(rs.getString(1), rs.getString(2),
                date(rs.getDate(3)), rs.getString(4), rs.getString(5), rs.getString(6), date(rs.getDate(7)))), caseId);
        return activities;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private Optional<String> one(String sql, Object... values) {
        List<String> found = new ArrayList<>();
        query(sql, rs -> found.add(rs.getString(1)), values);
        return found.stream().findFirst();
    }

    private void query(String sql, Row row, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    s.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    s.setObject(i + 1, values[i]);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read collection cases", e);
        }
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
