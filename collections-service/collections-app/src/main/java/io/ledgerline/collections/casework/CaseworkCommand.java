package io.ledgerline.collections.casework;

import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.api.v1.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a customer's {@link Casework}; {@code on} is the business date it is asked on. */
public sealed interface CaseworkCommand {

    /**
     * Act on the steps the customer's items reached on {@code on} (in the order reached) and on whether an overdue item
     * that is not disputed is left then; {@code openInvoices} are the items with something open then; {@code owners} are
     * whom the case and its tasks go to.
     */
    record FollowSteps(@TargetAggregateIdentifier String caseworkId, String customerId, LocalDate on, List<DunningStepReached> steps,
                       boolean overdueLeft, Set<String> openInvoices, CaseOwners owners) implements CaseworkCommand {

        public FollowSteps {
            steps = List.copyOf(steps);
            openInvoices = Set.copyOf(openInvoices);
        }
    }

    record ReassignCase(@TargetAggregateIdentifier String caseworkId, String caseId, String owner, String reason, String by,
                        LocalDate on) implements CaseworkCommand {
    }

    record ReassignTask(@TargetAggregateIdentifier String caseworkId, String taskId, String owner, String reason, String by,
                        LocalDate on) implements CaseworkCommand {
    }

    record CompleteTask(@TargetAggregateIdentifier String caseworkId, String taskId, String outcome, String by, LocalDate on)
            implements CaseworkCommand {
    }

    record LogActivity(@TargetAggregateIdentifier String caseworkId, String caseId, String activityId, String type,
                       LocalDate occurredOn, String summary, String outcome, String by, LocalDate on) implements CaseworkCommand {
    }

    /**
     * Pass the open case one level up because of {@code sourceId} (a broken promise) on invoice {@code invoiceId};
     * {@code overdue} is what the customer has overdue then, per currency, for a trading restriction at LEGAL.
     */
    record EscalateCase(@TargetAggregateIdentifier String caseworkId, String customerId, LocalDate on, String sourceId,
                        String invoiceId, String invoiceNumber, String reason, List<Money> overdue, CaseOwners owners)
            implements CaseworkCommand {

        public EscalateCase {
            overdue = List.copyOf(overdue);
        }
    }

    /** Give the open case's owner a review of credit-service's downgrade, named by its {@code assessmentId}. */
    record ReviewDowngrade(@TargetAggregateIdentifier String caseworkId, String customerId, LocalDate on, String assessmentId)
            implements CaseworkCommand {
    }

    /** A collector gives the open case {@code caseId} a task of {@code kind} for {@code owner}, due {@code dueDate}. */
    record CreateTask(@TargetAggregateIdentifier String caseworkId, String caseId, String taskId, String kind, String owner,
                      LocalDate dueDate, String note, String by, LocalDate on) implements CaseworkCommand {
    }

    /** A collector asks for a trading restriction on the open case {@code caseId}. */
    record RequestRestriction(@TargetAggregateIdentifier String caseworkId, String caseId, String requestId, String reason,
                              List<Money> overdue, String by, LocalDate on) implements CaseworkCommand {

        public RequestRestriction {
            overdue = List.copyOf(overdue);
        }
    }
}
