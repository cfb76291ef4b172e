package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * Task {@code taskId} of {@code kind} {@code REMINDER}, {@code CALL}, {@code REVIEW} (finance) or {@code LEGAL_REVIEW}
 * for {@code owner}, due {@code dueDate} (the step's day), created on {@code createdOn} when invoice {@code invoiceId}
 * reached step {@code stepId}; or {@code GRADE_REVIEW} for the case's owner after a credit downgrade (step
 * {@code grade-downgrade}, no invoice); or {@code CALL}, {@code EMAIL}, {@code VISIT}, {@code REVIEW} or
 * {@code LEGAL_REVIEW} a collector created on the case (step {@code manual}, no invoice, with its {@code note}). {@code caseId} is absent for a reminder before the customer had an open case.
 */
@JsonTypeName("ledgerline.collections.TaskCreated.v1")
public record TaskCreated(
        String customerId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String caseId,
        String taskId,
        String kind,
        String owner,
        LocalDate dueDate,
        LocalDate createdOn,
        String invoiceId,
        String invoiceNumber,
        String stepId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note) implements CollectionsEvent {

    /** A task a ladder step or a downgrade made, which carries no note. */
    public TaskCreated(String customerId, String caseId, String taskId, String kind, String owner, LocalDate dueDate, LocalDate createdOn,
                       String invoiceId, String invoiceNumber, String stepId) {
        this(customerId, caseId, taskId, kind, owner, dueDate, createdOn, invoiceId, invoiceNumber, stepId, null);
    }

    public static final String REMINDER = "REMINDER";
    public static final String CALL = "CALL";
    public static final String REVIEW = "REVIEW";
    public static final String LEGAL_REVIEW = "LEGAL_REVIEW";
    /** For the case's owner when credit-service downgraded the customer; it names no invoice (invoiceId and invoiceNumber null). */
    public static final String GRADE_REVIEW = "GRADE_REVIEW";
    /** A collector's own tasks on a case besides CALL and LEGAL_REVIEW: an email to write, a visit to make. */
    public static final String EMAIL = "EMAIL";
    public static final String VISIT = "VISIT";
    /** The step a task a collector created names; such a task names no invoice and may carry a {@code note}. */
    public static final String MANUAL = "manual";
}
