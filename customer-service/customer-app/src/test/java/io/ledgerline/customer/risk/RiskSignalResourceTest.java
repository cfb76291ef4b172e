package io.ledgerline.customer.risk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.customer.api.CustomerTopics;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.ledgerline.testkit.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class RiskSignalResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INBOUND = "ledgerline.riskdata.inbound";

    private static String signal(String externalId) {
        return """
                {"externalId":"%s","kind":"JUDICIAL_RECORD","source":"court-registry","observedOn":"2013-02-20",
                 "severity":"HIGH","details":"contract dispute filed by a supplier"}""".formatted(externalId);
    }

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String registered() {
        String id = unique("C");
        as("sales").body("""
                {"customerId":"%s","legalName":"Nevhp Trading Co., Ltd.","region":"EAST","lifecycle":"ACTIVE"}""".formatted(id))
                .post("/api/v1/customers").then().statusCode(201);
        return id;
    }

    private static long storedEvents(String customerId) throws Exception {
        try (Connection c = TestStack.connect("customer");
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Nested
    class OverRest {

        @Test
        void a_signal_is_recorded_read_back_and_published() throws Exception {
            String id = registered();
            String signalId = as("credit-analyst").body(signal("CR-1")).post("/api/v1/customers/{id}/risk-signals", id)
                    .then().statusCode(201).body("kind", equalTo("JUDICIAL_RECORD")).body("observedOn", equalTo("2013-02-20"))
                    .extract().path("signalId");
            as("finance").get("/api/v1/customers/{id}", id).then().statusCode(200)
                    .body("riskSignals", hasSize(1)).body("riskSignals[0].signalId", equalTo(signalId));

            List<ConsumerRecord<String, String>> ours = TestTopics.readUntil(CustomerTopics.EVENTS,
                    read -> read.stream().filter(r -> id.equals(r.key())).count() == 2, Duration.ofSeconds(30))
                    .stream().filter(r -> id.equals(r.key())).toList();
            assertThat(ours).hasSize(2);
            var envelope = JSON.readTree(ours.get(1).value());
            assertThat(envelope.path("type").asText()).isEqualTo("ledgerline.customer.RiskSignalRecorded.v1");
            assertThat(envelope.path("data").path("severity").asText()).isEqualTo("HIGH");
            assertThat(envelope.path("data").path("externalId").asText()).isEqualTo("CR-1");
        }

        @Test
        void the_same_external_id_again_returns_the_first_signal_and_records_nothing_more() throws Exception {
            String id = registered();
            String first = as("erp-integration").body(signal("CR-1")).post("/api/v1/customers/{id}/risk-signals", id)
                    .then().statusCode(201).extract().asString();
            String again = as("credit-manager").body(signal("CR-1")).post("/api/v1/customers/{id}/risk-signals", id)
                    .then().statusCode(200).extract().asString();
            assertThat(JSON.readTree(again)).isEqualTo(JSON.readTree(first));
            assertThat(storedEvents(id)).isEqualTo(2);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "unknown kind      | kind       | \"kind\":\"GOSSIP\"",
                "unknown severity  | severity   | \"severity\":\"SEVERE\"",
                "missing source    | source     | \"source\":null",
                "missing externalId| externalId | \"externalId\":\"\"",
                "bad date          | observedOn | \"observedOn\":\"20.02.2013\"",
                "future date       | observedOn | \"observedOn\":\"2999-01-01\""})
        void bad_input_is_refused_with_the_field_and_nothing_is_stored(String rule, String field, String override) throws Exception {
            String id = registered();
            ObjectNode body = (ObjectNode) JSON.readTree(signal("CR-BAD"));
            body.setAll((ObjectNode) JSON.readTree("{" + override + "}"));
            as("credit-analyst").body(body.toString()).post("/api/v1/customers/{id}/risk-signals", id)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-field"))
                    .body("field", equalTo(field.strip()));
            assertThat(storedEvents(id)).isEqualTo(1);
        }

        @Test
        void an_unknown_customer_is_not_found() {
            as("credit-analyst").body(signal("CR-1")).post("/api/v1/customers/{id}/risk-signals", unique("NOPE"))
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/customer-not-found"));
        }

        @Test
        void without_a_token_nobody_records_signals() {
            given().contentType(ContentType.JSON).body(signal("CR-1")).post("/api/v1/customers/{id}/risk-signals", "C-1")
                    .then().statusCode(401);
        }

        @Test
        void sales_cannot_record_signals() {
            as("sales").body(signal("CR-1")).post("/api/v1/customers/{id}/risk-signals", "C-1").then().statusCode(403);
        }
    }

    @Nested
    class FromKafka {

        @Test
        void valid_messages_are_recorded_once_and_invalid_ones_are_skipped_without_stopping_the_consumer() throws Exception {
            String id = registered();
            TestTopics.create(INBOUND, 6);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
                producer.send(new ProducerRecord<>(INBOUND, id, "not json at all"));
                producer.send(new ProducerRecord<>(INBOUND, id, message(id, "KAFKA-BAD").replace("BUREAU_REPORT", "RUMOUR")));
                producer.send(new ProducerRecord<>(INBOUND, id, message(unique("NOPE"), "KAFKA-0")));
                producer.send(new ProducerRecord<>(INBOUND, id, message(id, "KAFKA-1")));
                producer.send(new ProducerRecord<>(INBOUND, id, message(id, "KAFKA-1")));
                producer.send(new ProducerRecord<>(INBOUND, id, message(id, "KAFKA-2")));
                producer.flush();
            }

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    as("credit-analyst").get("/api/v1/customers/{id}", id).then().statusCode(200)
                            .body("riskSignals.externalId", equalTo(List.of("KAFKA-1", "KAFKA-2")))
                            .body("riskSignals[0].kind", equalTo("BUREAU_REPORT")));
            assertThat(storedEvents(id)).isEqualTo(3);
            given().get("/q/metrics").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("ledgerline_riskdata_messages_total{outcome=\"skipped\""));
        }

        private static String message(String customerId, String externalId) {
            return """
                    {"customerId":"%s","externalId":"%s","kind":"BUREAU_REPORT","source":"credit-bureau",
                     "observedOn":"2013-02-21","severity":"MEDIUM","details":"rating lowered"}""".formatted(customerId, externalId);
        }
    }
}
