package io.ledgerline.receivables.erp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "receivables"))
class ErpInboundTopicTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static void push(String customer, String... values) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(ErpTopics.INBOUND, customer, value)).get();
            }
        }
    }

    private static String invoice(String externalId, String customer, String amount) {
        return """
                {"kind":"invoice","externalId":"%s","invoiceNumber":"%s","customerId":"%s",
                 "issueDate":"2013-01-02","dueDate":"2013-02-01","currency":"USD","amount":"%s"}"""
                .formatted(externalId, externalId, customer, amount);
    }

    private static long booked(String externalId) throws Exception {
        try (Connection c = TestStack.connect("receivables");
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM erp_message WHERE external_id = ?")) {
            s.setString(1, externalId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Map<String, Object>> deadLettersOf(String customer) {
        List<Map<String, Object>> all = given().header("Authorization", TestTokens.bearer("ops"))
                .get("/api/v1/erp/dead-letters?limit=1000").then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(d -> customer.equals(d.get("key"))).toList();
    }

    @Test
    void valid_messages_are_booked_once_and_refused_ones_are_dead_lettered_while_the_consumer_keeps_going() throws Exception {
        String customer = "K-" + UUID.randomUUID().toString().substring(0, 8);
        String good = "KI-" + customer;
        String later = "KJ-" + customer;
        push(customer, invoice(good, customer, "10.00"), invoice("KB-" + customer, customer, "-1"),
                "this is not json", invoice(good, customer, "10.00"), invoice(later, customer, "5.00"));

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(booked(good)).isEqualTo(1);
            assertThat(booked(later)).isEqualTo(1);
            assertThat(deadLettersOf(customer)).hasSize(2);
        });
        List<Map<String, Object>> dead = deadLettersOf(customer);
        assertThat(dead).extracting(d -> d.get("problemType")).containsExactly(
                "https://ledgerline.io/problems/invalid-field", "https://ledgerline.io/problems/malformed-json");
        assertThat(dead.get(0).get("field")).isEqualTo("amount");
        assertThat(dead.get(1).get("message")).isEqualTo("this is not json");
        assertThat(String.valueOf(dead.get(1).get("source"))).startsWith(ErpTopics.INBOUND + "-");
    }

    @Test
    void ops_replay_a_dead_letter_onto_the_inbound_topic() throws Exception {
        String customer = "R-" + UUID.randomUUID().toString().substring(0, 8);
        push(customer, "{\"kind\":\"refund\"}");
        await().atMost(PATIENCE).until(() -> deadLettersOf(customer).size() == 1);
        Map<String, Object> first = deadLettersOf(customer).get(0);

        JsonPath replayed = given().header("Authorization", TestTokens.bearer("ops"))
                .post("/api/v1/erp/dead-letters/{p}/{o}/replay", first.get("partition"), first.get("offset"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(replayed.getString("message")).isEqualTo("{\"kind\":\"refund\"}");

        // Still not bookable, so it comes back, now naming the dead letter it was replayed from.
        await().atMost(PATIENCE).until(() -> deadLettersOf(customer).size() == 2);
        assertThat(String.valueOf(deadLettersOf(customer).get(1).get("replayedFrom")))
                .isEqualTo(ErpTopics.DEAD_LETTERS + "-" + first.get("partition") + "@" + first.get("offset"));
    }

    @Test
    void replaying_nothing_is_not_found() {
        given().header("Authorization", TestTokens.bearer("ops"))
                .post("/api/v1/erp/dead-letters/0/999999999/replay")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_bad_limit_is_a_problem() {
        given().header("Authorization", TestTokens.bearer("ops")).get("/api/v1/erp/dead-letters?limit=0")
                .then().statusCode(400).body("field", equalTo("limit"));
    }

    @Test
    void only_ops_see_dead_letters() {
        given().get("/api/v1/erp/dead-letters").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("finance")).get("/api/v1/erp/dead-letters").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("erp-integration")).post("/api/v1/erp/dead-letters/0/0/replay")
                .then().statusCode(403);
    }
}
