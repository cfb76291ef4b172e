package io.ledgerline.reporting.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.util.Optional;
import java.util.Set;

/**
 * The customer attributes reports group by, as of one customer event. Read from the event's JSON by
 * field name: reporting depends on the customer service's published language, not on its classes.
 */
public record CustomerDimension(String customerId, String legalName, String region, String customerType, String salesOwner,
                                long sequence) {

    /** Both carry the full profile after the change, so either one replaces what is stored. */
    static final Set<String> PROFILE_TYPES = Set.of(
            "ledgerline.customer.CustomerRegistered.v1",
            "ledgerline.customer.CustomerProfileUpdated.v1");

    /** The profile an envelope carries; empty for every other customer event. */
    public static Optional<CustomerDimension> from(EventEnvelope event) {
        if (!PROFILE_TYPES.contains(event.type())) {
            return Optional.empty();
        }
        JsonNode data = event.data();
        String customerId = text(data, "customerId");
        if (customerId == null) {
            customerId = event.customerId();
        }
        if (customerId == null) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " names no customer");
        }
        return Optional.of(new CustomerDimension(customerId, text(data, "legalName"), text(data, "region"),
                text(data, "customerType"), text(data, "salesOwner"), event.sequence()));
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
