package io.ledgerline.platform.eventing.envelope;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads and writes {@link EventEnvelope}s as the JSON that travels on Kafka. */
public final class EnvelopeCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EnvelopeCodec() {
    }

    public static byte[] write(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write envelope " + envelope.id(), e);
        }
    }

    public static EventEnvelope read(byte[] json) {
        try {
            return MAPPER.readValue(json, EventEnvelope.class);
        } catch (IOException e) {
            throw new MalformedEnvelopeException(e);
        }
    }

    /** Converts the envelope's body to a published event type, e.g. {@code InvoiceIssued}. */
    public static <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return MAPPER.treeToValue(envelope.data(), type);
        } catch (IOException e) {
            throw new MalformedEnvelopeException(e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A record on an event topic that is not a readable envelope. */
    public static final class MalformedEnvelopeException extends RuntimeException {
        MalformedEnvelopeException(Throwable cause) {
            super("not a readable event envelope: " + cause.getMessage(), cause);
        }
    }
}
