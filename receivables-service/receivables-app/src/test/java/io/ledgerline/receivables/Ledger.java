package io.ledgerline.receivables;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.receivables.api.ReceivablesTopics;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.ledgerline.testkit.TestTopics;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What the service tests share: pushing ERP messages, reading the topic and the store. */
public final class Ledger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Ledger() {
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Issues an invoice over the ERP endpoint and returns its invoiceId. */
    public static String invoice(String customer, String number, String issueDate, String amount) {
        return as("erp-integration").body("""
                        {"externalId":"%s","invoiceNumber":"%s","customerId":"%s",
                         "issueDate":"%s","dueDate":"2013-12-31","currency":"USD","amount":"%s"}"""
                        .formatted(unique("INV"), number, customer, issueDate, amount))
                .post("/api/v1/erp/invoices").then().statusCode(201).extract().path("invoiceId");
    }

    /** Receives a payment allocated wholly to one invoice number and returns its paymentId. */
    public static String payment(String customer, String receivedDate, String amount, String number) {
        return as("erp-integration").body("""
                        {"externalId":"%s","customerId":"%s","receivedDate":"%s","currency":"USD","amount":"%s",
                         "allocations":[{"invoiceNumber":"%s","amount":"%s"}]}"""
                        .formatted(unique("PAY"), customer, receivedDate, amount, number, amount))
                .post("/api/v1/erp/payments").then().statusCode(201).extract().path("paymentId");
    }

    /** Envelopes about one customer on the events topic, read until {@code enough} holds. */
    public static List<JsonNode> events(String customer, Predicate<List<JsonNode>> enough) {
        Predicate<List<ConsumerRecord<String, String>>> done = records -> enough.test(about(customer, records));
        return about(customer, TestTopics.readUntil(ReceivablesTopics.EVENTS, done, Duration.ofSeconds(30)));
    }

    /** Waits until the customer's envelopes include {@code count} of the type ending in {@code type}; returns those. */
    public static List<JsonNode> eventsOfType(String customer, String type, int count) {
        return ofType(events(customer, list -> ofType(list, type).size() >= count), type);
    }

    public static List<JsonNode> ofType(List<JsonNode> events, String type) {
        return events.stream().filter(e -> e.path("type").asText().equals("ledgerline.receivables." + type + ".v1")).toList();
    }

    private static List<JsonNode> about(String customer, List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> customer.equals(r.key())).map(r -> {
            try {
                return JSON.readTree(r.value());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Events in the store for this aggregate. */
    public static long storedEvents(String aggregateId) throws Exception {
        return count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", aggregateId);
    }

    /** Events of one contract type in the store for this aggregate. */
    public static long storedEvents(String aggregateId, String type) throws Exception {
        return count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?",
                aggregateId, "ledgerline.receivables." + type + ".v1");
    }

    public static long count(String sql, String... arguments) throws Exception {
        try (Connection c = TestStack.connect("receivables"); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                s.setString(i + 1, arguments[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
