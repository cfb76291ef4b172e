package io.ledgerline.collections.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** A collection case as the API shows it: its tasks, its history (openings, reassignments, completions) and activities. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(String caseId, int caseNumber, String customerId, String status, String owner, String level, LocalDate openedOn,
                       LocalDate closedOn, String closeReason, List<TaskView> tasks, List<HistoryEntry> history,
                       List<ActivityView> activities) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaskView(String taskId, String kind, String owner, LocalDate dueDate, String status, String outcome, String invoiceId,
                           String invoiceNumber, String stepId, LocalDate createdOn, LocalDate completedOn, String completedBy,
                           String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryEntry(String event, LocalDate on, String by, String taskId, String fromOwner, String toOwner, String level,
                               String detail) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActivityView(String activityId, String type, LocalDate occurredOn, String summary, String outcome, String loggedBy,
                               LocalDate loggedOn) {
    }
}
