package io.ledgerline.collections.casework;

import io.ledgerline.collections.api.v1.DunningStepReached;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a customer's {@link Casework}; {@code on} is the business date it is asked on. */
public sealed interface CaseworkCommand {

    /**
     * Act on the steps the customer's items reached on {@code on} (in the order reached) and on whether an overdue item
     * that is not disputed is left then; {@code owners} are whom the case and its tasks go to.
     */
    record FollowSteps(@TargetAggregateIdentifier String caseworkId, String customerId, LocalDate on, List<DunningStepReached> steps,
                       boolean overdueLeft, CaseOwners owners) implements CaseworkCommand {

        public FollowSteps {
            steps = List.copyOf(steps);
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
}
