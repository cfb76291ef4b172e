package io.ledgerline.reporting.credit;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.reporting.customer.CustomerProjection;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTopics;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Credit-service facts published on the real topic in the relay's envelope (keyed by customer id), and customer profiles
 * on the customer topic, each awaited until the projection that reads it has folded past it.
 */
final class CreditFacts {

    private final AgroalDataSource dataSource;

    CreditFacts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A credit event by its contract's name ({@code CustomerAssessed}) and JSON, recorded at {@code recordedAt}. */
    EventEnvelope fact(String customer, String name, long sequence, String recordedAt, String json) {
        EventEnvelope event = new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/credit",
                "ledgerline.credit." + name + ".v1", customer, Instant.parse(recordedAt), customer, sequence, "1", json(json));
        publish(event);
        return event;
    }

    /** The very same envelope again, as a relay that redelivers would send it. */
    void again(EventEnvelope event) {
        publish(event);
    }

    /** A customer's profile ({@code CustomerRegistered}); {@code salesOwner} may be null. */
    void profile(String customer, String region, String customerType, String salesOwner) {
        JsonNode data = EnvelopeCodec.mapper().createObjectNode().put("customerId", customer).put("legalName", customer + " Ltd")
                .put("region", region).put("customerType", customerType).put("salesOwner", salesOwner);
        send(CustomerProjection.TOPIC, CustomerProjection.NAME, new EventEnvelope(UUID.randomUUID().toString(),
                "ledgerline/customer", "ledgerline.customer.CustomerRegistered.v1", customer,
                Instant.parse("2035-01-01T09:00:00Z"), customer, 0, "1", data));
    }

    private void publish(EventEnvelope event) {
        send(CreditProjection.TOPIC, CreditProjection.NAME, event);
    }

    private void send(String topic, String projection, EventEnvelope event) {
        TestTopics.create(topic, 3);
        RecordMetadata sent;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            sent = producer.send(new ProducerRecord<>(topic, event.customerId(), EnvelopeCodec.write(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event.type(), e);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> folded(projection, sent));
    }

    /** Whether the serving version of the projection has folded past the record. */
    private boolean folded(String projection, RecordMetadata record) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
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

    private static JsonNode json(String text) {
        try {
            return EnvelopeCodec.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
