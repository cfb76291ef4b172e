package io.ledgerline.customer.erp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.ledgerline.testkit.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
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
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class ErpCustomerConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static void push(String key, String... values) throws Exception {
        TestTopics.create(ErpTopics.INBOUND, 6);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(ErpTopics.INBOUND, key, value)).get();
            }
        }
    }

    private static String customer(String id, String lifecycle) {
        return """
                {"kind":"customer","externalId":"CUST-%s","customerId":"%s","legalName":"Nevhp Trading Co., Ltd.",
                 "registeredCapital":{"amount":"5000000.00","currency":"CNY"},"region":"EAST","lifecycle":"%s"}"""
                .formatted(id, id, lifecycle);
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

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void customers_are_registered_once_refused_ones_are_dead_lettered_and_other_kinds_are_left_to_receivables() throws Exception {
        String key = "E-" + UUID.randomUUID().toString().substring(0, 8);
        String good = key + "-GOOD";
        String bad = key + "-BAD";
        String later = key + "-LATER";
        push(key, customer(good, "ACTIVE"), customer(bad, "CLOSED").replace("\"legalName\":\"Nevhp Trading Co., Ltd.\",", ""),
                """
                {"kind":"invoice","externalId":"INV-%s","invoiceNumber":"%s","customerId":"%s","issueDate":"2013-01-02",
                 "dueDate":"2013-02-01","currency":"USD","amount":"55.94"}""".formatted(key, key, good),
                "this is not json", customer(good, "ACTIVE"), customer(later, "PROSPECT"));

        await().atMost(PATIENCE).untilAsserted(() -> {
            given().header("Authorization", TestTokens.bearer("finance")).get("/api/v1/customers/{id}", good)
                    .then().statusCode(200).body(containsString("\"lifecycle\":\"ACTIVE\""));
            given().header("Authorization", TestTokens.bearer("finance")).get("/api/v1/customers/{id}", later)
                    .then().statusCode(200).body(containsString("\"lifecycle\":\"PROSPECT\""));
        });
        assertThat(storedEvents(good)).isEqualTo(1);
        given().header("Authorization", TestTokens.bearer("finance")).get("/api/v1/customers/{id}", bad).then().statusCode(404);

        List<ConsumerRecord<String, String>> dead = TestTopics.readUntil(ErpTopics.DEAD_LETTERS,
                records -> records.stream().anyMatch(r -> key.equals(r.key())), PATIENCE).stream()
                .filter(r -> key.equals(r.key())).toList();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).contains(bad);
        assertThat(header(dead.get(0), "ledgerline.problem.type")).isEqualTo("https://ledgerline.io/problems/invalid-field");
        assertThat(header(dead.get(0), "ledgerline.problem.field")).isEqualTo("legalName");
        assertThat(header(dead.get(0), "ledgerline.source")).startsWith(ErpTopics.INBOUND + "-");
        assertThat(header(dead.get(0), "ledgerline.refused-by")).isEqualTo("customer-service");

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ledgerline_erp_inbound_messages_total{outcome=\"registered\""))
                .body(containsString("ledgerline_erp_inbound_messages_total{outcome=\"repeat\""))
                .body(containsString("ledgerline_erp_inbound_messages_total{outcome=\"ignored\""))
                .body(containsString("ledgerline_erp_inbound_messages_total{outcome=\"dead-lettered\""));
    }

    @Test
    void a_customer_pushed_again_with_other_content_is_dead_lettered_as_a_conflict() throws Exception {
        String key = "F-" + UUID.randomUUID().toString().substring(0, 8);
        push(key, customer(key, "ACTIVE"), customer(key, "PROSPECT"));

        List<ConsumerRecord<String, String>> dead = TestTopics.readUntil(ErpTopics.DEAD_LETTERS,
                records -> records.stream().anyMatch(r -> key.equals(r.key())), PATIENCE).stream()
                .filter(r -> key.equals(r.key())).toList();
        assertThat(dead).hasSize(1);
        assertThat(header(dead.get(0), "ledgerline.problem.field")).isEqualTo("customerId");
        given().header("Authorization", TestTokens.bearer("finance")).get("/api/v1/customers/{id}", key)
                .then().statusCode(200).body(containsString("\"lifecycle\":\"ACTIVE\""));
    }
}
