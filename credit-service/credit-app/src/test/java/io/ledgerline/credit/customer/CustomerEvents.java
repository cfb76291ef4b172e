package io.ledgerline.credit.customer;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ledgerline.customer.api.CustomerTopics;
import io.ledgerline.customer.api.v1.CustomerEvent;
import io.ledgerline.customer.api.v1.CustomerRegistered;
import io.ledgerline.customer.api.v1.Money;
import io.ledgerline.customer.api.v1.RiskSignalRecorded;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTopics;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Customer facts published on the real {@code ledgerline.customer.events} the way customer-service's
 * relay does, each awaited until {@link CustomerFactsProjection} has folded it.
 */
public final class CustomerEvents {

    private CustomerEvents() {
    }

    /** Founded 2009-06-15, 5,000,000.00 CNY capital, PRIVATE, WHOLESALE. */
    public static CustomerRegistered registered(String customerId) {
        return new CustomerRegistered(customerId, customerId + " Trading Co., Ltd.", "91310000MA1FL0XX0X",
                new Money(new BigDecimal("5000000.00"), "CNY"), LocalDate.of(2009, 6, 15), "PRIVATE", "WHOLESALE", "EAST",
                "DISTRIBUTOR", "wang.li", List.of(), "ACTIVE");
    }

    /** 3 months, 20 months and 40 months before 2013-03-15: penalty 6.00 + 2.25 + 0.10 = 8.35 under the default scorecard. */
    public static List<RiskSignalRecorded> threeSignals(String customerId) {
        return List.of(signal(customerId, "JUDICIAL_RECORD", "HIGH", LocalDate.of(2012, 12, 15)),
                signal(customerId, "ENFORCEMENT_LISTING", "MEDIUM", LocalDate.of(2011, 7, 15)),
                signal(customerId, "REGISTRATION_CHANGE", "LOW", LocalDate.of(2009, 11, 15)));
    }

    public static RiskSignalRecorded signal(String customerId, String kind, String severity, LocalDate observedOn) {
        String id = UUID.randomUUID().toString();
        return new RiskSignalRecorded(customerId, id, kind, "registry", observedOn, severity, "details", "EXT-" + id);
    }

    /** Publishes the event as the customer's {@code sequence}-th and waits until the projection folded it. */
    public static String publish(CustomerEvent event, long sequence) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/customer",
                event.getClass().getAnnotation(JsonTypeName.class).value(), event.customerId(), Instant.parse("2013-03-01T09:00:00Z"),
                event.customerId(), sequence, "1", EnvelopeCodec.mapper().valueToTree(event));
        send(envelope);
        return envelope.id();
    }

    /** Delivers an envelope again, as an at-least-once relay may. */
    public static void send(EventEnvelope envelope) {
        TestTopics.create(CustomerTopics.EVENTS, 3);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(CustomerTopics.EVENTS, envelope.customerId(), EnvelopeCodec.write(envelope))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> folded(envelope.id()));
    }

    private static boolean folded(String eventId) throws SQLException {
        try (Connection c = TestStack.connect("credit"); PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM projection_processed_event WHERE event_id = ? AND projection LIKE ?")) {
            s.setString(1, eventId);
            s.setString(2, CustomerFactsProjection.NAME + "%");
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
