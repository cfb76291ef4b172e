package io.ledgerline.credit.history;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.api.CreditTopics;
import io.ledgerline.credit.api.v1.CustomerAssessed;
import io.ledgerline.credit.api.v1.FactorContribution;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.testkit.TestStack;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Credit events of one customer published on the real {@code ledgerline.credit.events} the way the relay does, each
 * awaited until the serving version of {@link DecisionHistoryProjection} has folded past it.
 */
final class CreditEvents {

    static final Instant RECORDED = Instant.parse("2013-03-15T10:00:00Z");

    private final String customerId;
    private long sequence;

    CreditEvents(String customerId) {
        this.customerId = customerId;
    }

    /** Publishes an event of {@code type} about the customer with {@code data} (JSON) in a new envelope, and returns it. */
    EventEnvelope publish(String type, String data) {
        try {
            return publish(type, EnvelopeCodec.mapper().readTree(data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    EventEnvelope publish(String type, JsonNode data) {
        ObjectNode body = data.deepCopy();
        body.put("customerId", customerId);
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/credit", type, customerId, RECORDED,
                customerId, sequence++, "1", body);
        send(envelope);
        return envelope;
    }

    /** An assessment of the customer with these contributions ({@code factor:weight:points:contribution:input=value}). */
    EventEnvelope assessed(String assessmentId, String on, int score, String grade, String trigger, String... contributions) {
        List<FactorContribution> factors = new ArrayList<>();
        for (String c : contributions) {
            String[] f = c.split(":");
            String[] input = f[4].split("=");
            factors.add(new FactorContribution(f[0], "group", Integer.parseInt(f[1]), Integer.parseInt(f[2]), new BigDecimal(f[3]),
                    Map.of(input[0], input[1]), List.of()));
        }
        CustomerAssessed assessed = new CustomerAssessed(customerId, assessmentId, LocalDate.parse(on), "credit-analyst-user", score,
                grade, true, new BigDecimal("100.00"), "NEUTRAL_POINTS", 1, 1, factors, List.of(), trigger, null);
        ObjectNode data = EnvelopeCodec.mapper().valueToTree(assessed);
        return publish(DecisionHistoryProjection.typeOf(CustomerAssessed.class), data);
    }

    /** An event about no customer, keyed by its book as the relay keys scorecard and policy publications. */
    static EventEnvelope publishOfNoCustomer(String type, String subject) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/credit", type, subject, RECORDED, null, 0,
                "1", EnvelopeCodec.mapper().createObjectNode().put("publishedBy", "history-test"));
        send(envelope);
        return envelope;
    }

    /** Delivers an envelope (again, as an at-least-once relay may) and waits until the history folded past it. */
    static void send(EventEnvelope envelope) {
        RecordMetadata sent;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            String key = envelope.customerId() != null ? envelope.customerId() : envelope.subject();
            sent = producer.send(new ProducerRecord<>(CreditTopics.EVENTS, key, EnvelopeCodec.write(envelope))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> folded(sent));
    }

    /** Every column of the customer's entries in position order, then of its kept latest assessment. */
    static List<String> rows(String customerId) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String query : List.of("SELECT * FROM credit_history_entry WHERE customer_id = ? ORDER BY position",
                "SELECT * FROM credit_history_assessment WHERE customer_id = ?")) {
            try (Connection c = TestStack.connect("credit"); PreparedStatement s = c.prepareStatement(query)) {
                s.setString(1, customerId);
                try (ResultSet rs = s.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    /** Whether the serving version of the projection has folded past the record (it records no event ids: it is idempotent). */
    private static boolean folded(RecordMetadata record) throws SQLException {
        try (Connection c = TestStack.connect("credit"); PreparedStatement s = c.prepareStatement("""
                SELECT 1 FROM projection_checkpoint k JOIN projection_version v ON v.projection = ?
                WHERE k.projection = CASE WHEN v.serving_version = 1 THEN v.projection
                                          ELSE v.projection || '@v' || v.serving_version END
                  AND k.topic = ? AND k.partition = ? AND k.next_offset > ?""")) {
            s.setString(1, DecisionHistoryProjection.NAME);
            s.setString(2, record.topic());
            s.setInt(3, record.partition());
            s.setLong(4, record.offset());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
