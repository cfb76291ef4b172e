package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * Task {@code taskId} of {@code kind} {@code REMINDER}, {@code CALL}, {@code REVIEW} (finance) or {@code LEGAL_REVIEW}
 * for {@code owner}, due {@code dueDate} (the step's day), created on {@code createdOn} when invoice {@code invoiceId}
 * reached step {@code stepId}; or {@code GRADE_REVIEW} for the case's owner after a credit downgrade (step
 * {@code grade-downgrade}, no invoice). {@code caseId} is absent for a reminder before the customer had an open case.
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
        String stepId) implements CollectionsEvent {

    public static final String REMINDER = "REMINDER";
    public static final String CALL = "CALL";
    public static final String REVIEW = "REVIEW";
    public static final String LEGAL_REVIEW = "LEGAL_REVIEW";
    /** For the case's owner when credit-service downgraded the customer; it names no invoice (invoiceId and invoiceNumber null). */
    public static final String GRADE_REVIEW = "GRADE_REVIEW";
}
