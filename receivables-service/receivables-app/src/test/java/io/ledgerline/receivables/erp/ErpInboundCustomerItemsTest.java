package io.ledgerline.receivables.erp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
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
class ErpInboundCustomerItemsTest {

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

    @Test
    void customer_items_on_the_inbound_topic_are_left_to_customer_service_and_never_dead_lettered() throws Exception {
        String customer = "KC-" + UUID.randomUUID().toString().substring(0, 8);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(ErpTopics.INBOUND, customer, """
                    {"kind":"customer","customerId":"%s","legalName":"Nevhp Trading Co., Ltd."}""".formatted(customer))).get();
            producer.send(new ProducerRecord<>(ErpTopics.INBOUND, customer, """
                    {"kind":"customer","customerId":"%s"}""".formatted(customer))).get();
            producer.send(new ProducerRecord<>(ErpTopics.INBOUND, customer, """
                    {"kind":"invoice","externalId":"INV-%1$s","invoiceNumber":"%1$s","customerId":"%1$s",
                     "issueDate":"2013-01-02","dueDate":"2013-02-01","currency":"USD","amount":"10.00"}""".formatted(customer))).get();
        }

        // the invoice comes after the customers on the same partition, so once it is booked they were handled
        await().atMost(Duration.ofSeconds(30)).until(() -> booked("INV-" + customer) == 1);
        List<Map<String, Object>> dead = given().header("Authorization", TestTokens.bearer("ops"))
                .get("/api/v1/erp/dead-letters?limit=1000").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(dead).noneMatch(d -> customer.equals(d.get("key")));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ledgerline_erp_inbound_messages_total{outcome=\"ignored\""));
    }
}
