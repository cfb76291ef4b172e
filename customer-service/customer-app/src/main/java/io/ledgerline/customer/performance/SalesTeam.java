package io.ledgerline.customer.performance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.customer.api.v1.SalesTeamDefined;
import io.ledgerline.customer.performance.SalesTeamCommand.DefineSalesTeam;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * Invariant: a team's definition changes only when its name or members do; defining it again as it is records nothing.
 * (That a sales owner is in at most one team spans teams, so {@link SalesTeams} keeps it.)
 */
public class SalesTeam {

    /** Aggregate ids share the event store with customer ids, which never contain '/'. */
    private static final String ID_PREFIX = "sales-team/";

    @AggregateIdentifier
    private String aggregateId;
    private String name;
    private List<String> members = List.of();

    protected SalesTeam() {
        // for Axon: a new team is created by its first definition, a known one sourced from its events
    }

    public static String aggregateId(String teamId) {
        return ID_PREFIX + teamId;
    }

    /** Returns whether the definition changed. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(DefineSalesTeam command) {
        if (aggregateId != null && command.name().equals(name) && command.members().equals(members)) {
            return false;
        }
        apply(new SalesTeamDefined(command.teamId(), command.name(), command.members()));
        return true;
    }

    @EventSourcingHandler
    void on(SalesTeamDefined event) {
        aggregateId = aggregateId(event.teamId());
        name = event.name();
        members = event.members();
    }
}
