package io.ledgerline.credit.block;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ledgerline.collections.api.CollectionsTopics;
import io.ledgerline.collections.api.v1.CollectionsEvent;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTopics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Collections facts published on the real {@code ledgerline.collections.events} the way collections-service's relay
 * will, from collections-api's own records, each awaited until {@link CollectionsRequestsProjection} has folded past it.
 */
public final class CollectionsEvents {

    private CollectionsEvents() {
    }

    /** Publishes the event in a new envelope and returns it, to deliver it again with {@link #send}. */
    public static EventEnvelope publish(CollectionsEvent event) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/collections",
                event.getClass().getAnnotation(JsonTypeName.class).value(), "case/" + UUID.randomUUID(),
                Instant.parse("2013-03-15T09:00:00Z"), event.customerId(), 0, "1", EnvelopeCodec.mapper().valueToTree(event));
        send(envelope);
        return envelope;
    }

    /** Delivers an envelope (again, as an at-least-once relay may) and waits until it is folded. */
    public static void send(EventEnvelope envelope) {
        TestTopics.create(CollectionsTopics.EVENTS, 3);
        RecordMetadata sent;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            sent = producer.send(new ProducerRecord<>(CollectionsTopics.EVENTS, envelope.customerId(), EnvelopeCodec.write(envelope))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> folded(sent));
    }

    /** Whether the serving version of the projection has folded past the record (it records no event ids: it is idempotent). */
    private static boolean folded(RecordMetadata record) throws SQLException {
        try (Connection c = TestStack.connect("credit"); PreparedStatement s = c.prepareStatement("""
                SELECT 1 FROM projection_checkpoint k JOIN projection_version v ON v.projection = ?
                WHERE k.projection = CASE WHEN v.serving_version = 1 THEN v.projection
                                          ELSE v.projection || '@v' || v.serving_version END
                  AND k.topic = ? AND k.partition = ? AND k.next_offset > ?""")) {
            s.setString(1, CollectionsRequestsProjection.NAME);
            s.setString(2, record.topic());
            s.setInt(3, record.partition());
            s.setLong(4, record.offset());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
