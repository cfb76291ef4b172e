package io.ledgerline.collections.casework;

import static io.ledgerline.collections.sql.Sql.update;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.collections.api.v1.ActivityLogged;
import io.ledgerline.collections.api.v1.CaseClosed;
import io.ledgerline.collections.api.v1.CaseOpened;
import io.ledgerline.collections.api.v1.CaseReassigned;
import io.ledgerline.collections.api.v1.CollectionsEvent;
import io.ledgerline.collections.api.v1.TaskCompleted;
import io.ledgerline.collections.api.v1.TaskCreated;
import io.ledgerline.collections.api.v1.TaskReassigned;
import io.ledgerline.collections.api.v1.TradingRestrictionRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Folds {@link Casework}'s events into {@code collection_case}, {@code collection_task}, {@code case_history} and
 * {@code case_activity}, in the transaction that stores them: the tables are the event store's cases, nothing more.
 */
@ApplicationScoped
public class CaseRows {

    @Inject
    AgroalDataSource dataSource;

    void fold(CollectionsEvent event) {
        try (Connection c = dataSource.getConnection()) {
            if (event instanceof CaseOpened e) {
                update(c, "INSERT INTO collection_case (case_id, customer_id, case_number, status, owner, level, opened_on) "
                        + "VALUES (?, ?, ?, 'OPEN', ?, ?, ?)", e.caseId(), e.customerId(), e.caseNumber(), e.owner(), e.level(), e.openedOn());
                update(c, "UPDATE collection_task SET case_id = ? WHERE customer_id = ? AND case_id IS NULL AND status = 'OPEN'",
                        e.caseId(), e.customerId());
                history(c, e.customerId(), e.caseId(), null, "CaseOpened", e.openedOn(), CaseFile.SERVICE, null, e.owner(), e.level(),
                        "invoice " + e.invoiceId() + " reached step " + e.stepId());
            } else if (event instanceof CaseReassigned e) {
                update(c, "UPDATE collection_case SET owner = ?, level = ? WHERE case_id = ?", e.toOwner(), e.level(), e.caseId());
                history(c, e.customerId(), e.caseId(), null, "CaseReassigned", e.reassignedOn(), e.reassignedBy(), e.fromOwner(),
                        e.toOwner(), e.level(), e.reason());
            } else if (event instanceof CaseClosed e) {
                update(c, "UPDATE collection_case SET status = 'CLOSED', closed_on = ?, close_reason = ? WHERE case_id = ?",
                        e.closedOn(), e.reason(), e.caseId());
                history(c, e.customerId(), e.caseId(), null, "CaseClosed", e.closedOn(), CaseFile.SERVICE, null, null, null, e.reason());
            } else if (event instanceof TaskCreated e) {
                update(c, "INSERT INTO collection_task (task_id, customer_id, case_id, kind, owner, due_date, status, invoice_id, "
                                + "invoice_number, step_id, created_on, note) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)", e.taskId(),
                        e.customerId(), e.caseId(), e.kind(), e.owner(), e.dueDate(), e.invoiceId(), e.invoiceNumber(), e.stepId(),
                        e.createdOn(), e.note());
                history(c, e.customerId(), e.caseId(), e.taskId(), "TaskCreated", e.createdOn(), CaseFile.SERVICE, null, e.owner(),
                        null, e.kind() + (e.invoiceNumber() == null ? "" : " for invoice " + e.invoiceNumber()) + " (step " + e.stepId()
                                + "), due " + e.dueDate());
            } else if (event instanceof TaskReassigned e) {
                update(c, "UPDATE collection_task SET owner = ? WHERE task_id = ?", e.toOwner(), e.taskId());
                history(c, e.customerId(), caseOf(c, e.taskId()), e.taskId(), "TaskReassigned", e.reassignedOn(), e.reassignedBy(),
                        e.fromOwner(), e.toOwner(), null, e.reason());
            } else if (event instanceof TaskCompleted e) {
                update(c, "UPDATE collection_task SET status = ?, outcome = ?, completed_on = ?, completed_by = ? WHERE task_id = ?",
                        e.status(), e.outcome(), e.completedOn(), e.completedBy(), e.taskId());
                history(c, e.customerId(), caseOf(c, e.taskId()), e.taskId(), "TaskCompleted", e.completedOn(), e.completedBy(), null,
                        null, null, e.status() + (e.outcome() == null ? "" : ": " + e.outcome()));
            } else if (event instanceof TradingRestrictionRequested e) {
                history(c, e.customerId(), e.caseId(), null, "TradingRestrictionRequested", e.requestedOn(), e.requestedBy(), null, null,
                        null, e.reason());
            } else if (event instanceof ActivityLogged e) {
                update(c, "INSERT INTO case_activity (activity_id, case_id, customer_id, type, occurred_on, "
                                + "summary, outcome, logged_by, logged_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", e.activityId(), e.caseId(),
                        e.customerId(), e.type(), e.occurredOn(), e.summary(), e.outcome(), e.loggedBy(), e.loggedOn());
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot record " + event.getClass().getSimpleName() + " of customer " + event.customerId(), ex);
        }
    }

    private static String caseOf(Connection c, String taskId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT case_id FROM collection_task WHERE task_id = ?")) {
            s.setString(1, taskId);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void history(Connection c, String customerId, String caseId, String taskId, String event, LocalDate on, String actor,
                                String from, String to, String level, String detail) throws SQLException {
        update(c, "INSERT INTO case_history (customer_id, case_id, task_id, event, happened_on, actor, from_owner, to_owner, level, "
                + "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", customerId, caseId, taskId, event, on, actor, from, to, level, detail);
    }
}
