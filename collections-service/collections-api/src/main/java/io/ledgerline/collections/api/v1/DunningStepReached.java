package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * An open item of the customer reached a step of its dunning ladder: step {@code stepId} ({@code action}, owned at
 * {@code owner} level: {@code SALES}, {@code FINANCE} or {@code LEGAL}) is due {@code dayOffset} days from the item's
 * {@code dueDate} (negative: before it) and was reached on the business date {@code businessDate}. {@code late} is true
 * when it was reached after its own day (the service was down, the item became known late, or a paid item was reopened):
 * every step still fires, in ladder order. {@code amountDunned} is what was open and not disputed on the item then.
 * {@code policyVersion} is the dunning policy version that decided it and {@code grade} the customer's credit grade it
 * used (absent when the customer had none). A step is reached at most once per item.
 */
@JsonTypeName("ledgerline.collections.DunningStepReached.v1")
public record DunningStepReached(
        String customerId,
        String invoiceId,
        String invoiceNumber,
        String stepId,
        String action,
        int dayOffset,
        String owner,
        LocalDate dueDate,
        LocalDate businessDate,
        boolean late,
        Money amountDunned,
        int policyVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) String grade) implements CollectionsEvent {

    /** A task for the sales owner to remind the customer before the due date. */
    public static final String REMINDER_TASK_SALES = "REMINDER_TASK_SALES";
    /** A courtesy email to the customer's finance contact before the due date. */
    public static final String COURTESY_EMAIL = "COURTESY_EMAIL";
    /** An email to the customer's finance contact that the item is overdue. */
    public static final String OVERDUE_EMAIL = "OVERDUE_EMAIL";
    /** A task for the sales owner to call the customer. */
    public static final String PHONE_TASK_SALES = "PHONE_TASK_SALES";
    /** The case goes to a finance collector. */
    public static final String ESCALATE_FINANCE = "ESCALATE_FINANCE";
    /** The case goes to legal: legal action is proposed and a trading restriction requested. */
    public static final String ESCALATE_LEGAL = "ESCALATE_LEGAL";
}
