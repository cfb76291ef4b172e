package io.ledgerline.platform.eventing.relay;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.connect.data.Struct;

/** Turns one captured {@code domain_event_entry} row into the envelope published on Kafka. */
final class StoredEventMapper {

    static final String EVENT_TABLE = "domain_event_entry";

    private final String source;

    StoredEventMapper(String source) {
        this.source = source;
    }

    /** Empty for anything that is not an inserted event row (heartbeats, other tables). */
    Optional<EventEnvelope> map(Object recordValue) {
        if (!(recordValue instanceof Struct value) || value.schema().field("after") == null) {
            return Optional.empty();
        }
        Struct after = value.getStruct("after");
        Struct origin = value.getStruct("source");
        if (after == null || origin == null || !EVENT_TABLE.equals(origin.getString("table"))) {
            return Optional.empty();
        }
        JsonNode data = json(after.get("payload"));
        String type = after.getString("payload_type");
        String aggregateId = after.getString("aggregate_identifier");
        JsonNode customer = data.get("customerId");
        return Optional.of(new EventEnvelope(
                after.getString("event_identifier"),
                source,
                type,
                aggregateId,
                Instant.parse(after.getString("time_stamp")),
                // an event that names no customer (a sales team, a target) has no customerid, not its aggregate's id
                customer == null || customer.isNull() ? null : customer.asText(),
                after.getInt64("sequence_number"),
                schemaVersion(type),
                data));
    }

    /** The Kafka key: the customer the event is about, else its aggregate, so either's events stay in order. */
    static String key(EventEnvelope envelope) {
        return envelope.customerId() != null ? envelope.customerId() : envelope.subject();
    }

    /** {@code ledgerline.receivables.InvoiceIssued.v1} has schema version {@code 1}. */
    static String schemaVersion(String type) {
        int at = type.lastIndexOf(".v");
        return at < 0 ? "1" : type.substring(at + 2);
    }

    private static JsonNode json(Object payload) {
        byte[] bytes = payload instanceof ByteBuffer buffer ? toArray(buffer) : (byte[]) payload;
        try {
            return EnvelopeCodec.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("stored event payload is not JSON", e);
        }
    }

    private static byte[] toArray(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
