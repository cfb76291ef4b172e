package io.ledgerline.reporting.performance;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A team as one {@code SalesTeamDefined} event defines it: its name and whole member list, from the event's
 * JSON by field name (reporting reads customer-service's published language, not its classes).
 */
record TeamDefinition(String teamId, String name, List<String> members, Instant definedAt, long sequence) {

    static final String TYPE = "ledgerline.customer.SalesTeamDefined.v1";

    static Optional<TeamDefinition> from(EventEnvelope event) {
        if (!TYPE.equals(event.type())) {
            return Optional.empty();
        }
        JsonNode data = event.data();
        List<String> members = new ArrayList<>();
        JsonNode list = data.path("members");
        if (!list.isArray()) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " has no members list");
        }
        list.forEach(member -> members.add(member.asText()));
        return Optional.of(new TeamDefinition(Facts.required(event, "teamId"), Facts.required(event, "name"), List.copyOf(members),
                Facts.time(event), event.sequence()));
    }
}
