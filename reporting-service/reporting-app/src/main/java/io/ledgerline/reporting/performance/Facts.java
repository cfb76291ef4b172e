package io.ledgerline.reporting.performance;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Reads fields of a customer-service event's JSON; a known event without a required field is unreadable. */
final class Facts {

    private Facts() {
    }

    static String required(EventEnvelope event, String field) {
        String value = optional(event, field);
        if (value == null) {
            throw missing(event, field);
        }
        return value;
    }

    static String optional(EventEnvelope event, String field) {
        JsonNode value = event.data().get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    static Optional<BigDecimal> decimal(EventEnvelope event, String field) {
        String value = optional(event, field);
        try {
            return value == null ? Optional.empty() : Optional.of(new BigDecimal(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " has no decimal " + field + ": " + value, e);
        }
    }

    /** When the event was recorded: a membership starts or ends then. */
    static Instant time(EventEnvelope event) {
        if (event.time() == null) {
            throw missing(event, "time");
        }
        return event.time();
    }

    static IllegalArgumentException missing(EventEnvelope event, String field) {
        return new IllegalArgumentException(event.type() + " " + event.id() + " has no " + field);
    }
}
