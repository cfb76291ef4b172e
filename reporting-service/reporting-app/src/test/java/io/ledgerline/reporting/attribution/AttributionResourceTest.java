package io.ledgerline.reporting.attribution;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.agroal.api.AgroalDataSource;
import io.ledgerline.collections.api.CollectionsTopics;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.api.v1.PaymentAttributed;
import io.ledgerline.collections.api.v1.PaymentAttributed.Touch;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.ledgerline.testkit.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
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
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The only attributed payments of 2041, published as collections-service's relay does on the real
 * {@code ledgerline.collections.events} and folded by {@link AttributionProjection}. March, USD: 2000.00 after a reminder email
 * 10 days and a call 2 days before (published twice); 1000.00 after a reminder 5 days before; 500.00 after reminders (the
 * latest 6 days before) and a promise the day before; 500.00 without any touch. March, EUR: 700.00 after a call 3 days
 * before. April, USD: 300.00 after a visit. Hand-computed for USD in March: 4 payments, 4000.00; byTouch REMINDER_EMAIL 3,
 * 3500.00, 0.8750, median of 10, 5, 6 = 6; CALL 1, 2000.00, 0.5000, 2; PROMISE 1, 500.00, 0.1250, 1; NONE 1, 500.00, 0.1250.
 * byLastTouch REMINDER_EMAIL 1, 1000.00, 0.2500, 5; CALL 1, 2000.00, 0.5000, 2; PROMISE 1, 500.00, 0.1250, 1; NONE as above.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AttributionResourceTest {

    private static final String PATH = "/api/v1/collections/attribution";
    private static final String PROBLEM = "application/problem+json";
    private static boolean published;

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role));
    }

    private static Touch touch(String kind, String paidOn, int daysBefore) {
        return new Touch(kind, UUID.randomUUID().toString(), LocalDate.parse(paidOn).minusDays(daysBefore), daysBefore, "sales.li", kind);
    }

    private static PaymentAttributed payment(String customer, String amount, String currency, String paidOn, Touch... touches) {
        List<Touch> list = List.of(touches);
        return new PaymentAttributed(customer, UUID.randomUUID().toString(), "I-" + UUID.randomUUID(), "INV-4101",
                new Money(new BigDecimal(amount), currency), LocalDate.parse(paidOn), LocalDate.parse(paidOn).plusDays(1), 30, list,
                list.isEmpty() ? null : list.get(list.size() - 1).kind());
    }

    @BeforeEach
    void publishOnce() throws Exception {
        if (published) {
            return;
        }
        String c1 = "4101-ATTRA";
        String c2 = "4102-ATTRB";
        EventEnvelope first = envelope(payment(c1, "2000.00", "USD", "2041-03-05", touch("REMINDER_EMAIL", "2041-03-05", 10),
                touch("CALL", "2041-03-05", 2)));
        send(first);
        send(first);
        send(envelope(payment(c1, "1000.00", "USD", "2041-03-10", touch("REMINDER_EMAIL", "2041-03-10", 5))));
        send(envelope(payment(c2, "500.00", "USD", "2041-03-12", touch("REMINDER_EMAIL", "2041-03-12", 20),
                touch("REMINDER_EMAIL", "2041-03-12", 6), touch("PROMISE", "2041-03-12", 1))));
        send(envelope(payment(c2, "500.00", "USD", "2041-03-20")));
        send(envelope(payment(c2, "700.00", "EUR", "2041-03-15", touch("CALL", "2041-03-15", 3))));
        send(envelope(payment(c1, "300.00", "USD", "2041-04-01", touch("VISIT", "2041-04-01", 4))));
        published = true;
    }

    @Test
    void march_in_usd_is_counted_per_kind_of_touch_and_per_last_touch_once_per_payment() {
        JsonPath report = as("finance").queryParam("currency", "USD").queryParam("from", "2041-03-01").queryParam("to", "2041-03-31")
                .get(PATH).then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("currency")).isEqualTo("USD");
        assertThat(report.getInt("payments")).isEqualTo(4);
        assertThat(report.getString("collected")).isEqualTo("4000.00");
        assertThat(report.getList("byTouch.kind")).containsExactly("REMINDER_EMAIL", "CALL", "PROMISE", "NONE");
        assertThat(report.getList("byTouch.payments")).containsExactly(3, 1, 1, 1);
        assertThat(report.getList("byTouch.collected")).containsExactly("3500.00", "2000.00", "500.00", "500.00");
        assertThat(report.getList("byTouch.share", String.class)).containsExactly("0.875", "0.5", "0.125", "0.125");
        assertThat(report.getList("byTouch.medianDaysFromLastTouch", Double.class)).containsExactly(6.0, 2.0, 1.0, null);
        assertThat(report.getList("byLastTouch.kind")).containsExactly("REMINDER_EMAIL", "CALL", "PROMISE", "NONE");
        assertThat(report.getList("byLastTouch.collected")).containsExactly("1000.00", "2000.00", "500.00", "500.00");
        assertThat(report.getList("byLastTouch.share", String.class)).containsExactly("0.25", "0.5", "0.125", "0.125");
        assertThat(report.getList("byLastTouch.medianDaysFromLastTouch", Double.class)).containsExactly(5.0, 2.0, 1.0, null);
    }

    @Test
    void currencies_are_never_mixed_and_the_period_bounds_are_included() {
        as("collector").queryParam("currency", "eur").queryParam("from", "2041-03-15").queryParam("to", "2041-03-15").get(PATH).then()
                .statusCode(200).body("currency", equalTo("EUR")).body("payments", equalTo(1)).body("collected", equalTo("700.00"))
                .body("byLastTouch[0].kind", equalTo("CALL")).body("byLastTouch[0].medianDaysFromLastTouch", equalTo(3.0f));
        as("ops").queryParam("currency", "USD").queryParam("from", "2041-03-20").queryParam("to", "2041-04-01").get(PATH).then()
                .statusCode(200).body("payments", equalTo(2)).body("collected", equalTo("800.00"))
                .body("byLastTouch.kind", equalTo(List.of("VISIT", "NONE")));
        as("sales").queryParam("currency", "JPY").queryParam("from", "2041-03-01").queryParam("to", "2041-03-31").get(PATH).then()
                .statusCode(200).body("payments", equalTo(0)).body("collected", equalTo("0")).body("byTouch.size()", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no currency        | -      | 2041-03-01 | 2041-03-31 | currency",
            "a currency unknown | XYZ    | 2041-03-01 | 2041-03-31 | currency",
            "not a code         | dollar | 2041-03-01 | 2041-03-31 | currency",
            "from not a date    | USD    | 2041-13-01 | 2041-03-31 | from",
            "to not a date      | USD    | 2041-03-01 | March      | to",
            "from after to      | USD    | 2041-04-01 | 2041-03-31 | from"})
    void bad_input_is_400_naming_the_field(String name, String currency, String from, String to, String field) {
        RequestSpecification request = as("finance").queryParam("from", from).queryParam("to", to);
        if (!"-".equals(currency)) {
            request.queryParam("currency", currency);
        }
        request.get(PATH).then().statusCode(400).contentType(PROBLEM).body("field", equalTo(field));
    }

    @Test
    void every_reporting_role_reads_it_and_others_do_not() {
        for (String role : List.of("finance", "credit-analyst", "credit-manager", "sales", "collector", "ops")) {
            as(role).queryParam("currency", "USD").get(PATH).then().statusCode(200);
        }
        as("erp-integration").queryParam("currency", "USD").get(PATH).then().statusCode(403);
        given().queryParam("currency", "USD").get(PATH).then().statusCode(401);
    }

    @Test
    void the_report_is_described_in_the_openapi_document() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/collections/attribution'.get.description", equalTo(AttributionResource.DESCRIPTION))
                .body("paths.'/api/v1/collections/attribution'.get.responses.'400'", notNullValue());
    }

    private static EventEnvelope envelope(PaymentAttributed event) {
        return new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/collections",
                PaymentAttributed.class.getAnnotation(JsonTypeName.class).value(), "attribution/" + event.customerId(),
                Instant.parse("2041-04-02T00:20:00Z"), event.customerId(), 0, "1", EnvelopeCodec.mapper().valueToTree(event));
    }

    private void send(EventEnvelope event) {
        TestTopics.create(CollectionsTopics.EVENTS, 3);
        RecordMetadata sent;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            sent = producer.send(new ProducerRecord<>(CollectionsTopics.EVENTS, event.customerId(), EnvelopeCodec.write(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event.type(), e);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> folded(sent));
    }

    /** Whether the serving version of the projection has folded past the record. */
    private boolean folded(RecordMetadata record) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT 1 FROM projection_checkpoint k JOIN projection_version v ON v.projection = ?
                WHERE k.projection = CASE WHEN v.serving_version = 1 THEN v.projection
                                          ELSE v.projection || '@v' || v.serving_version END
                  AND k.topic = ? AND k.partition = ? AND k.next_offset > ?""")) {
            s.setString(1, AttributionProjection.NAME);
            s.setString(2, record.topic());
            s.setInt(3, record.partition());
            s.setLong(4, record.offset());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
