package io.ledgerline.customer.performance;

import java.util.List;
import java.util.TreeSet;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a {@link SalesTeam}. */
public sealed interface SalesTeamCommand {

    String teamId();

    /** Define a team, or redefine it with the whole member list after the change; members end up sorted and distinct. */
    record DefineSalesTeam(String teamId, String name, List<String> members) implements SalesTeamCommand {

        public DefineSalesTeam {
            members = members == null ? List.of() : List.copyOf(new TreeSet<>(members));
        }

        @TargetAggregateIdentifier
        public String aggregateId() {
            return SalesTeam.aggregateId(teamId);
        }
    }
}
