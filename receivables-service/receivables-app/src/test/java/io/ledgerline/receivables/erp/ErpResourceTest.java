package io.ledgerline.receivables.erp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.ledgerline.testkit.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "receivables"))
class ErpResourceTest {

    private static final String TOPIC = "ledgerline.receivables.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String invoice(String externalId, String number, String customer, String amount) {
        return """
                {"externalId":"%s","invoiceNumber":"%s","customerId":"%s",
                 "issueDate":"2013-01-02","dueDate":"2013-02-01","currency":"USD","amount":"%s"}"""
                .formatted(externalId, number, customer, amount);
    }

    private static String payment(String externalId, String customer, String date, String amount, String number, String allocated) {
        return """
                {"externalId":"%s","customerId":"%s","receivedDate":"%s","currency":"USD","amount":"%s",
                 "allocations":[{"invoiceNumber":"%s","amount":"%s"}]}"""
                .formatted(externalId, customer, date, amount, number, allocated);
    }

    /** {@code invoice} as a batch item of kind invoice, with {@code productLine} when not null. */
    private static String item(String invoice, String productLine) {
        com.fasterxml.jackson.databind.node.ObjectNode item = JSON.createObjectNode().put("kind", "invoice");
        try {
            item.setAll((com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(invoice));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (productLine != null) {
            item.put("productLine", productLine);
        }
        return item.toString();
    }

    /** The data of the InvoiceIssued numbered {@code number} among {@code events}. */
    private static JsonNode issued(List<JsonNode> events, String number) {
        return events.stream()
                .filter(e -> e.path("type").asText().equals("ledgerline.receivables.InvoiceIssued.v1"))
                .map(e -> e.path("data"))
                .filter(d -> d.path("invoiceNumber").asText().equals(number))
                .findFirst().orElseThrow(() -> new AssertionError("no InvoiceIssued numbered " + number));
    }

    static Stream<Arguments> badProductLines() {
        return Stream.of(
                Arguments.of("blank", "   "),
                Arguments.of("longer than 100 characters once trimmed", " " + "L".repeat(101) + " "),
                Arguments.of("a tab inside", "Spare\tparts"),
                Arguments.of("a bell character", "Spare\u0007parts"));
    }

    private static io.restassured.specification.RequestSpecification erp() {
        return given().header("Authorization", TestTokens.bearer("erp-integration")).contentType(ContentType.JSON);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Envelopes on the topic about one customer, read until {@code enough} holds. */
    private static List<JsonNode> events(String customer, Predicate<List<JsonNode>> enough) {
        Predicate<List<ConsumerRecord<String, String>>> done = records -> enough.test(about(customer, records));
        return about(customer, TestTopics.readUntil(TOPIC, done, Duration.ofSeconds(30)));
    }

    private static List<JsonNode> about(String customer, List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> customer.equals(r.key())).map(r -> {
            try {
                return JSON.readTree(r.value());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toList());
    }

    /** ERP messages recorded under this external id. */
    private static long stored(String externalId) throws Exception {
        return count("SELECT count(*) FROM erp_message WHERE external_id = ?", externalId);
    }

    /** Events in the store for this aggregate. */
    private static long storedEvents(String aggregateId) throws Exception {
        return count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", aggregateId);
    }

    private static long count(String sql, String argument) throws Exception {
        try (Connection c = TestStack.connect("receivables"); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, argument);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Nested
    class Invoices {

        @Test
        void an_issued_invoice_is_published_as_a_versioned_envelope_keyed_by_customer() {
            String customer = unique("C");
            String invoiceId = erp().body(invoice(unique("INV"), "0000611365", customer, "55.94"))
                    .post("/api/v1/erp/invoices")
                    .then().statusCode(201).body("invoiceId", notNullValue()).body("amount", equalTo("55.94"))
                    .extract().path("invoiceId");

            List<JsonNode> events = events(customer, list -> !list.isEmpty());
            assertThat(events).hasSize(1);
            JsonNode envelope = events.get(0);
            assertThat(envelope.path("type").asText()).isEqualTo("ledgerline.receivables.InvoiceIssued.v1");
            assertThat(envelope.path("specversion").asText()).isEqualTo("1.0");
            assertThat(envelope.path("source").asText()).isEqualTo("ledgerline/receivables");
            assertThat(envelope.path("subject").asText()).isEqualTo(invoiceId);
            assertThat(envelope.path("customerid").asText()).isEqualTo(customer);
            assertThat(envelope.path("schemaversion").asText()).isEqualTo("1");
            assertThat(envelope.path("data").path("amount").path("amount").asText()).isEqualTo("55.94");
            assertThat(envelope.path("data").path("dueDate").asText()).isEqualTo("2013-02-01");
        }

        @Test
        void the_same_external_id_again_returns_the_first_answer_and_books_nothing_more() throws Exception {
            String customer = unique("C");
            String externalId = unique("INV");
            String first = erp().body(invoice(externalId, "1", customer, "10.00")).post("/api/v1/erp/invoices")
                    .then().statusCode(201).extract().asString();
            String again = erp().body(invoice(externalId, "1", customer, "10.0")).post("/api/v1/erp/invoices")
                    .then().statusCode(200).extract().asString();
            assertThat(again).isEqualTo(first);
            assertThat(storedEvents(JSON.readTree(first).path("invoiceId").asText())).isEqualTo(1);
        }

        @Test
        void the_same_external_id_with_other_content_is_a_conflict() {
            String customer = unique("C");
            String externalId = unique("INV");
            erp().body(invoice(externalId, "1", customer, "10.00")).post("/api/v1/erp/invoices").then().statusCode(201);
            erp().body(invoice(externalId, "1", customer, "11.00")).post("/api/v1/erp/invoices")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/external-id-reused"))
                    .body("field", equalTo("externalId"));
        }

        @Test
        void an_invoice_number_is_used_once_per_customer() {
            String customer = unique("C");
            erp().body(invoice(unique("INV"), "7", customer, "10.00")).post("/api/v1/erp/invoices").then().statusCode(201);
            erp().body(invoice(unique("INV"), "7", customer, "10.00")).post("/api/v1/erp/invoices")
                    .then().statusCode(409).body("field", equalTo("invoiceNumber"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "negative amount   | amount       | \"amount\":\"-5.00\"",
                "zero amount       | amount       | \"amount\":\"0\"",
                "non-numeric       | amount       | \"amount\":\"12,50\"",
                "too many decimals | amount       | \"amount\":\"1.005\"",
                "unknown currency  | currency     | \"currency\":\"XYZ\"",
                "missing number    | invoiceNumber| \"invoiceNumber\":null",
                "bad date          | issueDate    | \"issueDate\":\"2013-13-45\"",
                "due before issue  | dueDate      | \"dueDate\":\"2012-12-31\""})
        void bad_input_is_refused_with_the_field_and_nothing_is_stored(String rule, String field, String override) throws Exception {
            String externalId = unique("BAD");
            JsonNode body = JSON.readTree(invoice(externalId, "9", unique("C"), "10.00"));
            JsonNode patch = JSON.readTree("{" + override + "}");
            ((com.fasterxml.jackson.databind.node.ObjectNode) body).setAll((com.fasterxml.jackson.databind.node.ObjectNode) patch);
            erp().body(body.toString()).post("/api/v1/erp/invoices")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-field"))
                    .body("field", equalTo(field.strip()));
            assertThat(stored(externalId)).isZero();
        }

        @Test
        void malformed_json_is_a_problem() {
            erp().body("{\"externalId\": ").post("/api/v1/erp/invoices")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/malformed-json"));
        }

        @Test
        void without_a_token_the_erp_is_not_let_in() {
            given().contentType(ContentType.JSON).body(invoice(unique("INV"), "1", "C", "1.00"))
                    .post("/api/v1/erp/invoices").then().statusCode(401);
        }

        @Test
        void finance_cannot_push_invoices() {
            given().header("Authorization", TestTokens.bearer("finance")).contentType(ContentType.JSON)
                    .body(invoice(unique("INV"), "1", "C", "1.00"))
                    .post("/api/v1/erp/invoices").then().statusCode(403);
        }
    }

    @Nested
    class Payments {

        @Test
        void partial_payments_apply_up_to_the_open_amount_and_the_rest_stays_unapplied() {
            String customer = unique("C");
            erp().body(invoice(unique("INV"), "A-1", customer, "100.00")).post("/api/v1/erp/invoices").then().statusCode(201);

            erp().body(payment(unique("PAY"), customer, "2013-01-10", "40.00", "A-1", "40.00")).post("/api/v1/erp/payments")
                    .then().statusCode(201).body("applied[0].amount", equalTo("40.00")).body("unapplied", equalTo("0.00"));
            erp().body(payment(unique("PAY"), customer, "2013-01-20", "80.00", "A-1", "80.00")).post("/api/v1/erp/payments")
                    .then().statusCode(201).body("applied[0].amount", equalTo("60.00")).body("unapplied", equalTo("20.00"));

            List<JsonNode> applied = events(customer, list -> appliedOf(list).size() == 2).stream()
                    .filter(e -> e.path("type").asText().endsWith("PaymentApplied.v1")).toList();
            assertThat(applied).extracting(e -> new BigDecimal(e.path("data").path("amount").path("amount").asText()))
                    .containsExactly(new BigDecimal("40.00"), new BigDecimal("60.00"));
        }

        @Test
        void a_payment_before_its_invoice_waits_and_applies_when_the_invoice_arrives() {
            String customer = unique("C");
            erp().body(payment(unique("PAY"), customer, "2013-01-01", "30.00", "LATE-1", "30.00")).post("/api/v1/erp/payments")
                    .then().statusCode(201).body("awaitingInvoice[0].invoiceNumber", equalTo("LATE-1"))
                    .body("applied", hasSize(0));
            erp().body(invoice(unique("INV"), "LATE-1", customer, "50.00")).post("/api/v1/erp/invoices").then().statusCode(201);

            List<JsonNode> applied = appliedOf(events(customer, list -> appliedOf(list).size() == 1));
            assertThat(applied).hasSize(1);
            assertThat(applied.get(0).path("data").path("amount").path("amount").asText()).isEqualTo("30.00");
            assertThat(applied.get(0).path("data").path("appliedOn").asText()).isEqualTo("2013-01-02");
        }

        @Test
        void allocations_above_the_payment_are_refused() {
            erp().body(payment(unique("PAY"), unique("C"), "2013-01-01", "30.00", "X", "30.01")).post("/api/v1/erp/payments")
                    .then().statusCode(400).body("field", equalTo("allocations"));
        }

        private static List<JsonNode> appliedOf(List<JsonNode> events) {
            return events.stream().filter(e -> e.path("type").asText().endsWith("PaymentApplied.v1")).toList();
        }
    }

    @Nested
    class Batch {

        @Test
        void each_item_is_answered_in_order_and_a_bad_one_rejects_nothing_else() {
            String customer = unique("C");
            String items = "[" + String.join(",",
                    invoice(unique("INV"), "B-1", customer, "10.00").replace("{", "{\"kind\":\"invoice\","),
                    invoice(unique("INV"), "B-2", customer, "-1").replace("{", "{\"kind\":\"invoice\","),
                    payment(unique("PAY"), customer, "2013-01-05", "4.00", "B-1", "4.00").replaceFirst("\\{", "{\"kind\":\"payment\","),
                    "{\"kind\":\"refund\"}") + "]";
            erp().body(items).post("/api/v1/erp/batch").then().statusCode(200)
                    .body("status", equalTo(List.of(201, 400, 201, 400)))
                    .body("[1].problem.field", equalTo("amount"))
                    .body("[2].result.applied[0].amount", equalTo("4.00"))
                    .body("[3].problem.field", equalTo("kind"));
        }

        @Test
        void an_item_refused_while_booking_rolls_back_nothing_of_its_neighbours() throws Exception {
            String customer = unique("C");
            String first = unique("INV");
            String items = "[" + String.join(",",
                    invoice(first, "D-1", customer, "10.00").replace("{", "{\"kind\":\"invoice\","),
                    invoice(unique("INV"), "D-1", customer, "20.00").replace("{", "{\"kind\":\"invoice\","),
                    invoice(first, "D-1", customer, "10.00").replace("{", "{\"kind\":\"invoice\","),
                    invoice(unique("INV"), "D-2", customer, "30.00").replace("{", "{\"kind\":\"invoice\",")) + "]";
            String invoiceId = erp().body(items).post("/api/v1/erp/batch").then().statusCode(200)
                    .body("status", equalTo(List.of(201, 409, 200, 201)))
                    .body("[1].problem.field", equalTo("invoiceNumber"))
                    .extract().path("[0].result.invoiceId");
            assertThat(storedEvents(invoiceId)).isEqualTo(1);
            assertThat(stored(first)).isEqualTo(1);
        }

        @Test
        void an_invoice_item_carries_its_trimmed_product_line_into_the_published_invoice_issued() {
            String customer = unique("C");
            String items = "[" + String.join(",",
                    item(invoice(unique("INV"), "P-1", customer, "10.00"), "  Spare parts "),
                    item(invoice(unique("INV"), "P-2", customer, "20.00"), null)) + "]";
            erp().body(items).post("/api/v1/erp/batch").then().statusCode(200)
                    .body("status", equalTo(List.of(201, 201)))
                    .body("[0].result.productLine", equalTo("Spare parts"))
                    .body("[1].result", not(hasKey("productLine")));

            List<JsonNode> events = events(customer, list -> list.size() >= 2);
            JsonNode withLine = issued(events, "P-1");
            JsonNode without = issued(events, "P-2");
            assertThat(withLine.path("productLine").asText()).isEqualTo("Spare parts");
            assertThat(without.has("productLine")).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.ledgerline.receivables.erp.ErpResourceTest#badProductLines")
        void a_bad_product_line_refuses_its_item_alone_and_stores_nothing(String rule, String line) throws Exception {
            String customer = unique("C");
            String bad = unique("INV");
            String items = "[" + String.join(",",
                    item(invoice(bad, "Q-1", customer, "10.00"), line),
                    item(invoice(unique("INV"), "Q-2", customer, "10.00"), " " + "M".repeat(100) + " ")) + "]";
            erp().body(items).post("/api/v1/erp/batch").then().statusCode(200)
                    .body("status", equalTo(List.of(400, 201)))
                    .body("[1].result.productLine", equalTo("M".repeat(100)))
                    .body("[0].problem.type", equalTo("https://ledgerline.io/problems/invalid-field"))
                    .body("[0].problem.field", equalTo("productLine"));
            assertThat(stored(bad)).isZero();
        }

        @Test
        void a_repeat_with_another_product_line_is_a_conflict_like_any_other_difference() {
            String customer = unique("C");
            String externalId = unique("INV");
            erp().body("[" + item(invoice(externalId, "R-1", customer, "10.00"), "Tools") + "]").post("/api/v1/erp/batch")
                    .then().statusCode(200).body("status", equalTo(List.of(201)));
            erp().body("[" + String.join(",",
                            item(invoice(externalId, "R-1", customer, "10.00"), " Tools "),
                            item(invoice(externalId, "R-1", customer, "10.00"), "Spare parts"),
                            item(invoice(externalId, "R-1", customer, "10.00"), null)) + "]")
                    .post("/api/v1/erp/batch").then().statusCode(200)
                    .body("status", equalTo(List.of(200, 409, 409)))
                    .body("[0].result.productLine", equalTo("Tools"))
                    .body("[1].problem.type", equalTo("https://ledgerline.io/problems/external-id-reused"))
                    .body("[2].problem.field", equalTo("externalId"));
        }

        @Test
        void a_batch_above_the_limit_is_refused_whole() {
            String items = IntStream.range(0, 10_001).mapToObj(i -> "{}").collect(Collectors.joining(",", "[", "]"));
            erp().body(items).post("/api/v1/erp/batch").then().statusCode(400).contentType("application/problem+json");
        }

        @Test
        void a_batch_must_be_an_array() {
            erp().body("{\"kind\":\"invoice\"}").post("/api/v1/erp/batch").then().statusCode(400);
        }

        @Test
        void reading_roles_cannot_push_batches() {
            given().header("Authorization", TestTokens.bearer("collector")).contentType(ContentType.JSON).body("[]")
                    .post("/api/v1/erp/batch").then().statusCode(403);
        }
    }
}
