package io.ledgerline.customer.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * A sales team was defined or redefined; the event carries its whole member list after the change
 * (sales owner ids as customers' profiles name them, sorted, each in at most one team at a time).
 */
@JsonTypeName("ledgerline.customer.SalesTeamDefined.v1")
public record SalesTeamDefined(String teamId, String name, List<String> members) implements SalesPerformanceEvent {

    public SalesTeamDefined {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
