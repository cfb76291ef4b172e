package io.ledgerline.reporting.metrics;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.receivables.api.ReceivablesTopics;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.Money;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.reporting.aging.AgingProjection;
import io.ledgerline.reporting.customer.CustomerProjection;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTopics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Receivables facts and customer profiles published on the real topics, each awaited until the aging projection has folded it. */
public final class LedgerFacts {

    private final AgroalDataSource dataSource;

    public LedgerFacts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Issues an invoice and returns its id. */
    public String issue(String customer, String number, String amount, String currency, String issued, String due) {
        return issue(customer, number, amount, currency, issued, due, null);
    }

    /** Issues an ERP invoice sold under {@code productLine} (null: none) and returns its id. */
    public String issue(String customer, String number, String amount, String currency, String issued, String due,
                        String productLine) {
        String invoice = UUID.randomUUID().toString();
        fold(customer, EnvelopeCodec.mapper().valueToTree(new InvoiceIssued(invoice, "INV-" + number, number, customer,
                LocalDate.parse(issued), LocalDate.parse(due), new Money(new BigDecimal(amount), currency), null, null, null, null,
                productLine)), typeOf(InvoiceIssued.class));
        return invoice;
    }

    public void pay(String customer, String invoice, String amount, String currency, String on) {
        fold(customer, EnvelopeCodec.mapper().valueToTree(new PaymentApplied(invoice, "n/a", UUID.randomUUID().toString(), customer,
                LocalDate.parse(on), new Money(new BigDecimal(amount), currency))), typeOf(PaymentApplied.class));
    }

    /** Any receivables fact by its contract's type name ({@code InvoiceCredited}) and JSON. */
    public void fact(String customer, String name, String json) {
        try {
            fold(customer, EnvelopeCodec.mapper().readTree(json), "ledgerline.receivables." + name + ".v1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A customer's profile ({@code CustomerRegistered}) as the customer service publishes it, with its sequence. */
    public void profile(String customer, String region, String customerType, String salesOwner, long sequence) {
        JsonNode data = EnvelopeCodec.mapper().createObjectNode().put("customerId", customer).put("legalName", customer + " Ltd")
                .put("region", region).put("customerType", customerType).put("salesOwner", salesOwner);
        publish(CustomerProjection.TOPIC, new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/customer",
                "ledgerline.customer.CustomerRegistered.v1", customer, Instant.parse("2019-01-01T09:00:00Z"), customer, sequence,
                "1", data));
    }

    private void fold(String customer, JsonNode data, String type) {
        publish(ReceivablesTopics.EVENTS, new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/receivables", type,
                data.path("invoiceId").asText(customer), Instant.parse("2019-01-01T09:00:00Z"), customer, 0, "1", data));
    }

    private void publish(String topic, EventEnvelope event) {
        TestTopics.create(topic, 3);
        RecordMetadata sent;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            sent = producer.send(new ProducerRecord<>(topic, event.customerId(), EnvelopeCodec.write(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event.type(), e);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> folded(sent));
    }

    /** Whether the serving version of the aging projection has folded past the record. */
    private boolean folded(RecordMetadata record) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT 1 FROM projection_checkpoint k JOIN projection_version v ON v.projection = ?
                WHERE k.projection = CASE WHEN v.serving_version = 1 THEN v.projection
                                          ELSE v.projection || '@v' || v.serving_version END
                  AND k.topic = ? AND k.partition = ? AND k.next_offset > ?""")) {
            s.setString(1, AgingProjection.NAME);
            s.setString(2, record.topic());
            s.setInt(3, record.partition());
            s.setLong(4, record.offset());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String typeOf(Class<?> event) {
        return event.getAnnotation(com.fasterxml.jackson.annotation.JsonTypeName.class).value();
    }
}
