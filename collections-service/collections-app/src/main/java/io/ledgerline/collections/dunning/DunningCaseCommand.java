package io.ledgerline.collections.dunning;

import io.ledgerline.collections.ladder.LadderPolicy;
import io.ledgerline.collections.ladder.OpenItem;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a customer's {@link DunningCase}. */
public sealed interface DunningCaseCommand {

    /**
     * Climb the ladder as of the business date {@code asOf}: {@code items} are the customer's items open on it as the ladder
     * sees it, {@code grade} its credit grade then (null: none), {@code policy} the dunning policy in force.
     */
    record EvaluateDunning(@TargetAggregateIdentifier String customerId, LocalDate asOf, List<OpenItem> items, String grade,
                           LadderPolicy policy) implements DunningCaseCommand {

        public EvaluateDunning {
            items = List.copyOf(items);
        }
    }
}
