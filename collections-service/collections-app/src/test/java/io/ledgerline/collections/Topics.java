package io.ledgerline.collections;

import static org.awaitility.Awaitility.await;

import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTopics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes envelopes on other services' real topics the way their relays do (keyed by customer id), and waits until a
 * projection's serving version has folded past each, then until the dunning worker has evaluated the customers it marked.
 */
public final class Topics {

    private Topics() {
    }

    /** Delivers an envelope (again, as an at-least-once relay may) and waits until {@code projection} folded it. */
    public static void send(String topic, String projection, EventEnvelope envelope) {
        TestTopics.create(topic, 3);
        RecordMetadata sent;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            String key = envelope.customerId() != null ? envelope.customerId() : envelope.subject();
            sent = producer.send(new ProducerRecord<>(topic, key, EnvelopeCodec.write(envelope))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> folded(projection, sent));
    }

    /** Waits until no evaluation of the customer is pending (the worker evaluated what the facts marked). */
    public static void evaluated(String customerId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !pending(customerId));
    }

    private static boolean pending(String customerId) throws SQLException {
        try (Connection c = TestStack.connect("collections");
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM dunning_evaluation_due WHERE customer_id = ?")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Whether the serving version of the projection has folded past the record. */
    private static boolean folded(String projection, RecordMetadata record) throws SQLException {
        try (Connection c = TestStack.connect("collections"); PreparedStatement s = c.prepareStatement("""
                SELECT 1 FROM projection_checkpoint k JOIN projection_version v ON v.projection = ?
                WHERE k.projection = CASE WHEN v.serving_version = 1 THEN v.projection
                                          ELSE v.projection || '@v' || v.serving_version END
                  AND k.topic = ? AND k.partition = ? AND k.next_offset > ?""")) {
            s.setString(1, projection);
            s.setString(2, record.topic());
            s.setInt(3, record.partition());
            s.setLong(4, record.offset());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
