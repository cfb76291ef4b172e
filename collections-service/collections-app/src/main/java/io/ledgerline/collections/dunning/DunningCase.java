package io.ledgerline.collections.dunning;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.collections.api.v1.CollectionsEvent;
import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.api.v1.TradingRestrictionRequested;
import io.ledgerline.collections.dunning.DunningCaseCommand.EvaluateDunning;
import io.ledgerline.collections.ladder.Amounts;
import io.ledgerline.collections.ladder.LadderEvaluation;
import io.ledgerline.collections.ladder.Overdue;
import io.ledgerline.collections.ladder.StepDue;
import io.ledgerline.collections.ladder.TakenStep;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One customer's dunning (id = the customer id). Invariant: each item reaches each step of its ladder at most once, on or
 * after the step's day and in ladder order; the legal step also requests a trading restriction.
 */
public class DunningCase {

    @AggregateIdentifier
    private String customerId;
    private final Set<TakenStep> taken = new HashSet<>();

    protected DunningCase() {
        // for Axon: created by the customer's first step, rebuilt from events
    }

    /** Records every step the items reach as of the command's date (see {@link LadderEvaluation}); returns them in order. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public List<DunningStepReached> handle(EvaluateDunning command) {
        List<DunningStepReached> reached = new ArrayList<>();
        for (CollectionsEvent event : decide(command, Set.copyOf(taken))) {
            apply(event);
            if (event instanceof DunningStepReached step) {
                reached.add(step);
            }
        }
        return reached;
    }

    /**
     * The events an evaluation records when the items already took {@code taken}: a step reached per step due, each legal
     * step followed by its trading restriction request. A pure function of its inputs, so that evaluating the same
     * history again decides the same.
     */
    static List<CollectionsEvent> decide(EvaluateDunning command, Set<TakenStep> taken) {
        List<CollectionsEvent> events = new ArrayList<>();
        for (StepDue step : LadderEvaluation.due(command.items(), command.grade(), command.policy(), command.asOf(), taken)) {
            events.add(new DunningStepReached(command.customerId(), step.item().invoiceId(), step.item().invoiceNumber(),
                    step.step().id(), step.step().action(), step.step().dayOffset(), step.step().owner(), step.item().dueDate(),
                    command.asOf(), step.late(), new Money(Amounts.plain(step.amountDunned()), step.item().currency()),
                    command.policy().version(), command.grade()));
            if (DunningStepReached.ESCALATE_LEGAL.equals(step.step().action())) {
                events.add(restriction(command, step));
            }
        }
        return events;
    }

    /** Named after the item and step, so that the request is the same however often it were made. */
    static String requestId(String customerId, String invoiceId, String stepId) {
        return UUID.nameUUIDFromBytes(("dunning/" + customerId + "/" + invoiceId + "/" + stepId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static TradingRestrictionRequested restriction(EvaluateDunning command, StepDue step) {
        LocalDate due = step.item().dueDate();
        String reason = "invoice " + step.item().invoiceNumber() + " is " + ChronoUnit.DAYS.between(due, command.asOf())
                + " days past due (due " + due + "): the dunning ladder reached legal action (step " + step.step().id()
                + ", dunning policy v" + command.policy().version() + "); legal action is proposed";
        return new TradingRestrictionRequested(command.customerId(), requestId(command.customerId(), step.item().invoiceId(),
                step.step().id()), command.customerId(), command.asOf(), TradingRestrictionRequested.COLLECTIONS_SERVICE,
                TradingRestrictionRequested.LEGAL, reason, Overdue.of(command.items(), command.asOf()));
    }

    @EventSourcingHandler
    void on(DunningStepReached event) {
        customerId = event.customerId();
        taken.add(new TakenStep(event.invoiceId(), event.stepId()));
    }
}
