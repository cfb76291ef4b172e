package io.ledgerline.collections.casework;

import io.ledgerline.collections.api.v1.CollectionsEvent;
import io.ledgerline.collections.casework.CaseworkCommand.CompleteTask;
import io.ledgerline.collections.casework.CaseworkCommand.CreateTask;
import io.ledgerline.collections.casework.CaseworkCommand.EscalateCase;
import io.ledgerline.collections.casework.CaseworkCommand.FollowSteps;
import io.ledgerline.collections.casework.CaseworkCommand.LogActivity;
import io.ledgerline.collections.casework.CaseworkCommand.ReassignCase;
import io.ledgerline.collections.casework.CaseworkCommand.ReassignTask;
import io.ledgerline.collections.casework.CaseworkCommand.RequestRestriction;
import io.ledgerline.collections.casework.CaseworkCommand.ReviewDowngrade;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One customer's collection cases and tasks (id {@code casework/<customer id>}). Invariant: at most one case is open; it
 * only climbs SALES, FINANCE, LEGAL, by the ladder or a broken promise; a task leaves OPEN once, as DONE or CANCELLED. The rules are
 * {@link CaseFile}'s; each command decides on a copy of the file and the events then evolve the file itself.
 */
public class Casework {

    @AggregateIdentifier
    private String id;
    private CaseFile file;

    protected Casework() {
        // for Axon: created by the customer's first step that matters, rebuilt from events
    }

    public static String idOf(String customerId) {
        return "casework/" + customerId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public List<CollectionsEvent> handle(FollowSteps command) {
        return applied(file(command.customerId()).copy().follow(command));
    }

    @CommandHandler
    public List<CollectionsEvent> handle(ReassignCase command) {
        return applied(file.copy().reassign(command));
    }

    @CommandHandler
    public List<CollectionsEvent> handle(ReassignTask command) {
        return applied(file.copy().reassign(command));
    }

    @CommandHandler
    public List<CollectionsEvent> handle(CompleteTask command) {
        return applied(file.copy().complete(command));
    }

    @CommandHandler
    public List<CollectionsEvent> handle(EscalateCase command) {
        return file == null ? List.of() : applied(file.copy().escalate(command));
    }

    @CommandHandler
    public List<CollectionsEvent> handle(CreateTask command) {
        return applied(file.copy().createTask(command));
    }

    @CommandHandler
    public List<CollectionsEvent> handle(ReviewDowngrade command) {
        return applied(file.copy().reviewDowngrade(command));
    }

    @CommandHandler
    public List<CollectionsEvent> handle(RequestRestriction command) {
        return applied(file.copy().requestRestriction(command));
    }

    @CommandHandler
    public List<CollectionsEvent> handle(LogActivity command) {
        return applied(file.copy().log(command));
    }

    private CaseFile file(String customerId) {
        return file == null ? new CaseFile(customerId) : file;
    }

    private static List<CollectionsEvent> applied(List<CollectionsEvent> events) {
        events.forEach(AggregateLifecycle::apply);
        return events;
    }

    @EventSourcingHandler
    void on(CollectionsEvent event) {
        id = idOf(event.customerId());
        file = file(event.customerId());
        file.evolve(event);
    }
}
