package io.ledgerline.customer.customer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class CustomerResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String customer(String id) {
        return """
                {"customerId":"%s","legalName":"Nevhp Trading Co., Ltd.","registrationId":"91310000MA1FL0XX0X",
                 "registeredCapital":{"amount":"5000000.00","currency":"CNY"},"foundingDate":"2009-06-15",
                 "ownershipType":"PRIVATE","industry":"WHOLESALE","region":"EAST","customerType":"DISTRIBUTOR",
                 "salesOwner":"wang.li","tags":["key-account"],"lifecycle":"ACTIVE"}""".formatted(id);
    }

    private static final String PROFILE = """
            {"legalName":"Nevhp Trading Group Co., Ltd.","registrationId":"91310000MA1FL0XX0X",
             "registeredCapital":{"amount":"8000000.00","currency":"CNY"},"foundingDate":"2009-06-15",
             "ownershipType":"PRIVATE","industry":"WHOLESALE","region":"NORTH","customerType":"DISTRIBUTOR",
             "salesOwner":"zhao.min","tags":["key-account","export"]}""";
    private static final String CONTACTS = """
            {"contacts":[{"name":"Chen Jing","role":"finance","email":"chen.jing@nevhp.example","phone":"+86 21 5555 0101"}]}""";

    static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String registered(String role) {
        String id = unique("C");
        as(role).body(customer(id)).post("/api/v1/customers").then().statusCode(201);
        return id;
    }

    static String with(String json, String override) throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(json);
        body.setAll((ObjectNode) JSON.readTree("{" + override + "}"));
        return body.toString();
    }

    /** Events in the store for this customer. */
    static long storedEvents(String customerId) throws Exception {
        return count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", customerId);
    }

    static long storedViews(String customerId) throws Exception {
        return count("SELECT count(*) FROM customer_view WHERE customer_id = ?", customerId);
    }

    private static long count(String sql, String argument) throws Exception {
        try (Connection c = TestStack.connect("customer"); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, argument);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Nested
    class Register {

        @Test
        void a_registered_customer_is_published_as_a_versioned_envelope_keyed_by_its_id() throws Exception {
            String id = unique("C");
            as("sales").body(customer(id)).post("/api/v1/customers")
                    .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/customers/" + id))
                    .body("customerId", equalTo(id)).body("lifecycle", equalTo("ACTIVE"))
                    .body("registeredCapital.amount", equalTo("5000000.00")).body("contacts", hasSize(0));

            List<ConsumerRecord<String, String>> records = TestTopics.readUntil(CustomerTopics.EVENTS,
                    read -> read.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> ours = records.stream().filter(r -> id.equals(r.key())).toList();
            assertThat(ours).hasSize(1);
            JsonNode envelope = JSON.readTree(ours.get(0).value());
            assertThat(envelope.path("type").asText()).isEqualTo("ledgerline.customer.CustomerRegistered.v1");
            assertThat(envelope.path("source").asText()).isEqualTo("ledgerline/customer");
            assertThat(envelope.path("subject").asText()).isEqualTo(id);
            assertThat(envelope.path("customerid").asText()).isEqualTo(id);
            assertThat(envelope.path("data").path("registeredCapital").path("amount").asText()).isEqualTo("5000000.00");
            assertThat(envelope.path("data").path("foundingDate").asText()).isEqualTo("2009-06-15");
            assertThat(envelope.path("data").path("region").asText()).isEqualTo("EAST");
        }

        @Test
        void the_same_id_with_the_same_content_returns_the_first_answer_and_records_nothing_more() throws Exception {
            String id = unique("C");
            String first = as("erp-integration").body(customer(id)).post("/api/v1/customers")
                    .then().statusCode(201).extract().asString();
            String again = as("finance").body(customer(id)).post("/api/v1/customers")
                    .then().statusCode(200).extract().asString();
            assertThat(JSON.readTree(again)).isEqualTo(JSON.readTree(first));
            assertThat(storedEvents(id)).isEqualTo(1);
        }

        @Test
        void the_same_id_with_other_content_is_a_conflict() throws Exception {
            String id = registered("credit-manager");
            as("sales").body(with(customer(id), "\"region\":\"WEST\"")).post("/api/v1/customers")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/customer-already-registered"))
                    .body("field", equalTo("customerId"));
            assertThat(storedEvents(id)).isEqualTo(1);
        }

        @Test
        void without_a_lifecycle_a_customer_starts_as_prospect() throws Exception {
            String id = unique("C");
            as("sales").body(with(customer(id), "\"lifecycle\":null")).post("/api/v1/customers")
                    .then().statusCode(201).body("lifecycle", equalTo("PROSPECT"));
        }

        @Test
        void a_customer_cannot_start_closed() throws Exception {
            String id = unique("C");
            as("sales").body(with(customer(id), "\"lifecycle\":\"CLOSED\"")).post("/api/v1/customers")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-starting-lifecycle"));
            assertThat(storedEvents(id)).isZero();
            assertThat(storedViews(id)).isZero();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "missing legal name    | legalName                  | \"legalName\":\" \"",
                "unknown lifecycle     | lifecycle                  | \"lifecycle\":\"DORMANT\"",
                "bad founding date     | foundingDate               | \"foundingDate\":\"2009-02-30\"",
                "future founding date  | foundingDate               | \"foundingDate\":\"2999-01-01\"",
                "unknown currency      | registeredCapital.currency | \"registeredCapital\":{\"amount\":\"1.00\",\"currency\":\"XYZ\"}",
                "negative capital      | registeredCapital.amount   | \"registeredCapital\":{\"amount\":\"-1\",\"currency\":\"CNY\"}",
                "non-numeric capital   | registeredCapital.amount   | \"registeredCapital\":{\"amount\":\"5,000\",\"currency\":\"CNY\"}",
                "too many decimals     | registeredCapital.amount   | \"registeredCapital\":{\"amount\":\"1.001\",\"currency\":\"CNY\"}",
                "blank tag             | tags[1]                    | \"tags\":[\"a\",\"\"]"})
        void bad_input_is_refused_with_the_field_and_nothing_is_stored(String rule, String field, String override) throws Exception {
            String id = unique("BAD");
            as("sales").body(with(customer(id), override)).post("/api/v1/customers")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-field"))
                    .body("field", equalTo(field.strip()));
            assertThat(storedEvents(id)).isZero();
            assertThat(storedViews(id)).isZero();
        }

        @Test
        void a_customer_id_longer_than_100_characters_is_refused() throws Exception {
            String id = "C".repeat(101);
            as("sales").body(customer(id)).post("/api/v1/customers")
                    .then().statusCode(400).body("field", equalTo("customerId"));
            assertThat(storedViews(id)).isZero();
        }

        @Test
        void a_field_given_twice_is_refused_rather_than_one_of_them_silently_winning() throws Exception {
            String id = unique("DUP");
            String body = customer(id).replaceFirst("\\{", "{\"customerId\":\"" + unique("OTHER") + "\",");
            as("sales").body(body).post("/api/v1/customers")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/malformed-json"))
                    .body("detail", containsString("Duplicate field 'customerId'"));
            assertThat(storedViews(id)).isZero();
        }

        @Test
        void malformed_json_is_a_problem() {
            as("sales").body("{\"customerId\": ").post("/api/v1/customers")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/malformed-json"));
        }

        @Test
        void without_a_token_nobody_registers() {
            given().contentType(ContentType.JSON).body(customer(unique("C"))).post("/api/v1/customers").then().statusCode(401);
        }

        @Test
        void collectors_cannot_register_customers() throws Exception {
            String id = unique("C");
            as("collector").body(customer(id)).post("/api/v1/customers").then().statusCode(403);
            assertThat(storedViews(id)).isZero();
        }
    }

    @Nested
    class Read {

        @ParameterizedTest
        @ValueSource(strings = {"finance", "credit-analyst", "credit-manager", "sales", "collector", "ops"})
        void every_reading_role_reads_a_customer_right_after_it_was_registered(String role) {
            String id = registered("sales");
            as(role).get("/api/v1/customers/{id}", id).then().statusCode(200)
                    .body("customerId", equalTo(id)).body("legalName", equalTo("Nevhp Trading Co., Ltd."))
                    .body("foundingDate", equalTo("2009-06-15")).body("tags", equalTo(List.of("key-account")));
        }

        @Test
        void an_unknown_customer_is_not_found() {
            as("finance").get("/api/v1/customers/{id}", unique("NOPE")).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/customer-not-found"));
        }

        @Test
        void an_id_longer_than_100_characters_is_refused() {
            as("finance").get("/api/v1/customers/{id}", "C".repeat(101)).then().statusCode(400)
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-parameter")).body("field", equalTo("id"));
        }

        @Test
        void without_a_token_nobody_reads() {
            given().get("/api/v1/customers/{id}", "C-1").then().statusCode(401);
        }

        @Test
        void the_erp_does_not_read_customers() {
            as("erp-integration").get("/api/v1/customers/{id}", "C-1").then().statusCode(403);
        }
    }

    @Nested
    class ProfileChanges {

        @Test
        void the_whole_profile_is_replaced_and_read_back() throws Exception {
            String id = registered("sales");
            as("finance").body(PROFILE).put("/api/v1/customers/{id}/profile", id).then().statusCode(200)
                    .body("region", equalTo("NORTH")).body("registeredCapital.amount", equalTo("8000000.00"));
            as("ops").get("/api/v1/customers/{id}", id).then().statusCode(200)
                    .body("legalName", equalTo("Nevhp Trading Group Co., Ltd.")).body("salesOwner", equalTo("zhao.min"))
                    .body("tags", equalTo(List.of("key-account", "export"))).body("lifecycle", equalTo("ACTIVE"));
            assertThat(storedEvents(id)).isEqualTo(2);
        }

        @Test
        void the_same_profile_again_records_nothing() throws Exception {
            String id = registered("sales");
            as("sales").body(PROFILE).put("/api/v1/customers/{id}/profile", id).then().statusCode(200);
            as("sales").body(PROFILE).put("/api/v1/customers/{id}/profile", id).then().statusCode(200);
            assertThat(storedEvents(id)).isEqualTo(2);
        }

        @Test
        void bad_input_is_refused_and_nothing_is_stored() throws Exception {
            String id = registered("sales");
            as("sales").body(with(PROFILE, "\"legalName\":null")).put("/api/v1/customers/{id}/profile", id)
                    .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("legalName"));
            as("sales").body(with(PROFILE, "\"region\":\"" + "R".repeat(101) + "\"")).put("/api/v1/customers/{id}/profile", id)
                    .then().statusCode(400).body("field", equalTo("region"));
            assertThat(storedEvents(id)).isEqualTo(1);
        }

        @Test
        void an_unknown_customer_is_not_found() {
            as("sales").body(PROFILE).put("/api/v1/customers/{id}/profile", unique("NOPE")).then().statusCode(404);
        }

        @Test
        void a_closed_customer_keeps_its_profile() throws Exception {
            String id = registered("sales");
            as("finance").body("{\"to\":\"CLOSED\",\"reason\":\"ceased trading\"}").post("/api/v1/customers/{id}/lifecycle", id)
                    .then().statusCode(200);
            as("sales").body(PROFILE).put("/api/v1/customers/{id}/profile", id).then().statusCode(422)
                    .body("type", equalTo("https://ledgerline.io/problems/customer-closed"));
            assertThat(storedEvents(id)).isEqualTo(2);
        }

        @Test
        void without_a_token_or_with_a_reading_role_nobody_changes_it() {
            given().contentType(ContentType.JSON).body(PROFILE).put("/api/v1/customers/{id}/profile", "C-1").then().statusCode(401);
            as("collector").body(PROFILE).put("/api/v1/customers/{id}/profile", "C-1").then().statusCode(403);
        }
    }

    @Nested
    class Contacts {

        @Test
        void the_whole_list_is_replaced_and_read_back() {
            String id = registered("sales");
            as("sales").body(CONTACTS).put("/api/v1/customers/{id}/contacts", id).then().statusCode(200)
                    .body("contacts", hasSize(1)).body("contacts[0].role", equalTo("finance"));
            as("collector").get("/api/v1/customers/{id}", id).then().statusCode(200)
                    .body("contacts[0].email", equalTo("chen.jing@nevhp.example"));
            as("sales").body("{\"contacts\":[]}").put("/api/v1/customers/{id}/contacts", id).then().statusCode(200)
                    .body("contacts", hasSize(0));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "missing list | contacts          | {}",
                "missing name | contacts[0].name  | {\"contacts\":[{\"role\":\"finance\"}]}",
                "missing role | contacts[0].role  | {\"contacts\":[{\"name\":\"Chen Jing\"}]}",
                "bad email    | contacts[0].email | {\"contacts\":[{\"name\":\"Chen Jing\",\"role\":\"finance\",\"email\":\"chen.jing\"}]}"})
        void bad_input_is_refused_with_the_field_and_nothing_is_stored(String rule, String field, String body) throws Exception {
            String id = registered("sales");
            as("sales").body(body).put("/api/v1/customers/{id}/contacts", id)
                    .then().statusCode(400).contentType("application/problem+json").body("field", equalTo(field.strip()));
            assertThat(storedEvents(id)).isEqualTo(1);
        }

        @Test
        void an_unknown_customer_is_not_found() {
            as("sales").body(CONTACTS).put("/api/v1/customers/{id}/contacts", unique("NOPE")).then().statusCode(404);
        }

        @Test
        void without_a_token_or_with_a_reading_role_nobody_changes_them() {
            given().contentType(ContentType.JSON).body(CONTACTS).put("/api/v1/customers/{id}/contacts", "C-1").then().statusCode(401);
            as("ops").body(CONTACTS).put("/api/v1/customers/{id}/contacts", "C-1").then().statusCode(403);
        }
    }

    @Nested
    class LifecycleChanges {

        @Test
        void moves_along_allowed_transitions_and_is_published() throws Exception {
            String id = registered("sales");
            as("finance").body("{\"to\":\"ON_HOLD\",\"reason\":\"payment behaviour under review\"}")
                    .post("/api/v1/customers/{id}/lifecycle", id).then().statusCode(200).body("lifecycle", equalTo("ON_HOLD"));
            as("credit-manager").body("{\"to\":\"ACTIVE\",\"reason\":\"paid up\"}")
                    .post("/api/v1/customers/{id}/lifecycle", id).then().statusCode(200).body("lifecycle", equalTo("ACTIVE"));
            as("sales").get("/api/v1/customers/{id}", id).then().body("lifecycle", equalTo("ACTIVE"));

            List<ConsumerRecord<String, String>> ours = TestTopics.readUntil(CustomerTopics.EVENTS,
                    read -> read.stream().filter(r -> id.equals(r.key())).count() == 3, Duration.ofSeconds(30))
                    .stream().filter(r -> id.equals(r.key())).toList();
            assertThat(ours).extracting(r -> JSON.readTree(r.value()).path("type").asText()).containsExactly(
                    "ledgerline.customer.CustomerRegistered.v1", "ledgerline.customer.CustomerLifecycleChanged.v1",
                    "ledgerline.customer.CustomerLifecycleChanged.v1");
            assertThat(JSON.readTree(ours.get(1).value()).path("data").path("from").asText()).isEqualTo("ACTIVE");
        }

        @Test
        void a_transition_that_is_not_allowed_is_a_rule_violation_and_nothing_is_stored() throws Exception {
            String id = registered("sales");
            as("finance").body("{\"to\":\"PROSPECT\",\"reason\":\"oops\"}").post("/api/v1/customers/{id}/lifecycle", id)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/lifecycle-transition-not-allowed"))
                    .body("field", equalTo("to"));
            as("finance").get("/api/v1/customers/{id}", id).then().body("lifecycle", equalTo("ACTIVE"));
            assertThat(storedEvents(id)).isEqualTo(1);
        }

        @Test
        void closed_is_final() {
            String id = registered("sales");
            as("finance").body("{\"to\":\"CLOSED\",\"reason\":\"ceased trading\"}").post("/api/v1/customers/{id}/lifecycle", id)
                    .then().statusCode(200);
            as("finance").body("{\"to\":\"ACTIVE\",\"reason\":\"back\"}").post("/api/v1/customers/{id}/lifecycle", id)
                    .then().statusCode(422);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "unknown state  | to     | {\"to\":\"DORMANT\",\"reason\":\"x\"}",
                "missing state  | to     | {\"reason\":\"x\"}",
                "missing reason | reason | {\"to\":\"ON_HOLD\"}"})
        void bad_input_is_refused_with_the_field_and_nothing_is_stored(String rule, String field, String body) throws Exception {
            String id = registered("sales");
            as("finance").body(body).post("/api/v1/customers/{id}/lifecycle", id)
                    .then().statusCode(400).contentType("application/problem+json").body("field", equalTo(field.strip()));
            assertThat(storedEvents(id)).isEqualTo(1);
        }

        @Test
        void an_unknown_customer_is_not_found() {
            as("finance").body("{\"to\":\"ACTIVE\",\"reason\":\"x\"}").post("/api/v1/customers/{id}/lifecycle", unique("NOPE"))
                    .then().statusCode(404);
        }

        @Test
        void only_finance_and_credit_managers_move_a_customer() {
            String id = registered("sales");
            given().contentType(ContentType.JSON).body("{\"to\":\"ON_HOLD\",\"reason\":\"x\"}")
                    .post("/api/v1/customers/{id}/lifecycle", id).then().statusCode(401);
            as("sales").body("{\"to\":\"ON_HOLD\",\"reason\":\"x\"}")
                    .post("/api/v1/customers/{id}/lifecycle", id).then().statusCode(403);
        }
    }

    @Nested
    class Documentation {

        @Test
        void every_endpoint_is_described_with_examples_in_openapi() {
            given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                    .body("paths.'/api/v1/customers'.post.requestBody.content.'application/json'.examples.customer.value.customerId",
                            equalTo("0379-NEVHP"))
                    .body("paths.'/api/v1/customers/{id}'.get.responses.'404'", org.hamcrest.Matchers.notNullValue())
                    .body("paths.'/api/v1/customers/{id}/profile'.put", org.hamcrest.Matchers.notNullValue())
                    .body("paths.'/api/v1/customers/{id}/contacts'.put", org.hamcrest.Matchers.notNullValue())
                    .body("paths.'/api/v1/customers/{id}/lifecycle'.post", org.hamcrest.Matchers.notNullValue())
                    .body("paths.'/api/v1/customers/{id}/risk-signals'.post", org.hamcrest.Matchers.notNullValue());
        }
    }
}
