package io.ledgerline.reporting.performance;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.reporting.customer.CustomerProjection;
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
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Customer-service facts published on the real topic in the relay's envelope (customer events keyed by customer
 * id; team and target events keyed by their aggregate id, without a customer id), each awaited until both
 * projections of the topic have folded it.
 */
final class SalesFacts {

    private static final String SOURCE = "ledgerline/customer";

    private final AgroalDataSource dataSource;

    SalesFacts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void register(String customer, String salesOwner) {
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("customerId", customer).put("legalName", customer + " AB").put("region", "NORDICS")
                .put("customerType", "DISTRIBUTOR").put("salesOwner", salesOwner).put("lifecycle", "ACTIVE");
        data.putArray("tags");
        publish(customer, new EventEnvelope(UUID.randomUUID().toString(), SOURCE, "ledgerline.customer.CustomerRegistered.v1",
                customer, Instant.parse("2015-12-01T09:00:00Z"), customer, 0, "1", data));
    }

    void defineTeam(String teamId, String name, long sequence, String at, String... members) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("teamId", teamId).put("name", name);
        ArrayNode list = data.putArray("members");
        for (String member : members) {
            list.add(member);
        }
        String aggregate = "sales-team/" + teamId;
        publish(aggregate, new EventEnvelope(UUID.randomUUID().toString(), SOURCE, TeamDefinition.TYPE, aggregate,
                Instant.parse(at), null, sequence, "1", data));
    }

    /** {@code ratio} and {@code dso} may be null: the target sets no such limit. */
    void setTarget(String period, String scope, String scopeId, String currency, String collect, String ratio, String dso,
                   long sequence) {
        String targetId = period + "/" + scope + "/" + scopeId;
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("targetId", targetId).put("period", period)
                .put("scope", scope).put("scopeId", scopeId).put("currency", currency).put("collect", collect)
                .put("maxOverdueRatio", ratio).put("maxDso", dso).put("setBy", "finance-user");
        String aggregate = "collection-target/" + targetId;
        publish(aggregate, new EventEnvelope(UUID.randomUUID().toString(), SOURCE, TargetDefinition.TYPE, aggregate,
                Instant.parse("2016-02-25T09:00:00Z").plusSeconds(sequence), null, sequence, "1", data));
    }

    private void publish(String key, EventEnvelope event) {
        TestTopics.create(PerformanceProjection.TOPIC, 3);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(PerformanceProjection.TOPIC, key, EnvelopeCodec.write(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event.type(), e);
        }
        await().atMost(Duration.ofSeconds(60)).until(() ->
                folded(event.id(), CustomerProjection.NAME) && folded(event.id(), PerformanceProjection.NAME));
    }

    /** Whether the projection (any version of it) has folded the event. */
    private boolean folded(String eventId, String projection) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM projection_processed_event WHERE event_id = ? AND projection LIKE ?")) {
            s.setString(1, eventId);
            s.setString(2, projection + "%");
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
