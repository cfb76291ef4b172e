package io.ledgerline.credit.block;

import static io.ledgerline.credit.CreditApi.as;
import static io.ledgerline.credit.CreditApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.credit.CreditApi;
import io.ledgerline.credit.api.CreditTopics;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class CreditBlockResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/api/v1/customers/{id}/credit-block";

    private static String reason(String text) {
        return "{\"reason\":\"" + text + "\"}";
    }

    private static String order(String customerId, String orderId) {
        return "{\"customerId\":\"" + customerId + "\",\"orderId\":\"" + orderId + "\",\"amount\":\"5000.00\",\"currency\":\"CNY\"}";
    }

    @Nested
    class BlockAndRelease {

        @Test
        void a_collector_blocks_anyone_named_reads_it_and_a_credit_manager_releases_it() {
            String customer = unique("BL-");
            as("collector").body(reason("  disputed invoices under review ")).post(PATH, customer).then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/customers/" + customer + "/credit-block"))
                    .body("customerId", equalTo(customer)).body("reason", equalTo("disputed invoices under review"))
                    .body("blockedBy", equalTo("collector-user")).body("blockedOn", equalTo("2013-03-15"))
                    .body("source", equalTo("MANUAL")).body("blockId", matchesPattern("[0-9a-f-]{36}"));
            for (String role : List.of("credit-analyst", "credit-manager", "finance", "sales", "collector")) {
                as(role).get(PATH, customer).then().statusCode(200).body("reason", equalTo("disputed invoices under review"))
                        .body("blockedBy", equalTo("collector-user")).body("source", equalTo("MANUAL"));
            }

            as("credit-manager").body(reason("dispute settled")).post(PATH + "/release", customer).then().statusCode(200)
                    .body("customerId", equalTo(customer)).body("reason", equalTo("dispute settled"))
                    .body("unblockedBy", equalTo("credit-manager-user")).body("unblockedOn", equalTo("2013-03-15"));
            as("sales").get(PATH, customer).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/not-blocked"));

            as("finance").body(reason("cheque bounced")).post(PATH, customer).then().statusCode(201)
                    .body("reason", equalTo("cheque bounced")).body("blockedBy", equalTo("finance-user"));
        }

        @Test
        void blocking_a_blocked_customer_is_a_conflict_and_changes_nothing() throws Exception {
            String customer = unique("BL-");
            as("credit-manager").body(reason("first")).post(PATH, customer).then().statusCode(201);
            as("collector").body(reason("second")).post(PATH, customer).then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/already-blocked"));
            as("sales").get(PATH, customer).then().statusCode(200).body("reason", equalTo("first"));
            assertThat(CreditApi.storedEvents(CreditBlock.idOf(customer))).isEqualTo(1);
        }

        @Test
        void releasing_a_customer_not_blocked_is_a_conflict_never_blocked_or_released_already() throws Exception {
            String customer = unique("BL-");
            as("credit-manager").body(reason("why not")).post(PATH + "/release", customer).then().statusCode(409)
                    .contentType("application/problem+json").body("type", equalTo("https://ledgerline.io/problems/not-blocked"));
            assertThat(CreditApi.storedEvents(CreditBlock.idOf(customer))).isZero();
            as("credit-manager").body(reason("b")).post(PATH, customer).then().statusCode(201);
            as("credit-manager").body(reason("r")).post(PATH + "/release", customer).then().statusCode(200);
            as("credit-manager").body(reason("r")).post(PATH + "/release", customer).then().statusCode(409)
                    .body("type", equalTo("https://ledgerline.io/problems/not-blocked"));
            assertThat(CreditApi.storedEvents(CreditBlock.idOf(customer))).isEqualTo(2);
        }

        @Test
        void a_customer_never_blocked_is_not_found() {
            as("credit-analyst").get(PATH, unique("BL-")).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/not-blocked")).body("field", equalTo("id"));
        }

        @Test
        void the_block_and_its_release_are_published_keyed_by_customer() throws Exception {
            String customer = unique("BL-");
            as("collector").body(reason("promise to pay broken")).post(PATH, customer).then().statusCode(201);
            as("credit-manager").body(reason("paid in full")).post(PATH + "/release", customer).then().statusCode(200);
            List<ConsumerRecord<String, String>> ours = TestTopics.readUntil(CreditTopics.EVENTS,
                    read -> read.stream().filter(r -> customer.equals(r.key())).count() == 2, Duration.ofSeconds(30))
                    .stream().filter(r -> customer.equals(r.key())).toList();
            JsonNode blocked = JSON.readTree(ours.get(0).value());
            assertThat(blocked.path("type").asText()).isEqualTo("ledgerline.credit.CustomerCreditBlocked.v1");
            assertThat(blocked.path("data").path("reason").asText()).isEqualTo("promise to pay broken");
            assertThat(blocked.path("data").path("blockedBy").asText()).isEqualTo("collector-user");
            assertThat(blocked.path("data").path("source").asText()).isEqualTo("MANUAL");
            JsonNode unblocked = JSON.readTree(ours.get(1).value());
            assertThat(unblocked.path("type").asText()).isEqualTo("ledgerline.credit.CustomerCreditUnblocked.v1");
            assertThat(unblocked.path("data").path("unblockedBy").asText()).isEqualTo("credit-manager-user");
        }
    }

    @Nested
    class CreditChecks {

        @Test
        void a_blocked_customer_is_held_for_a_credit_manager_and_after_the_release_a_new_check_is_not() {
            // never assessed and no limit: held for those too, so only the blocked reason comes and goes
            String customer = unique("BL-");
            as("collector").body(reason("disputed invoices under review")).post(PATH, customer).then().statusCode(201);
            String held = unique("SO-");
            as("sales").body(order(customer, held)).post("/api/v1/credit-checks").then().statusCode(201)
                    .body("status", equalTo("HOLD"))
                    .body("reasons.code", contains("blocked", "not-assessed", "no-credit-limit"))
                    .body("reasons[0].detail", equalTo("the customer's credit is blocked (by collector-user on 2013-03-15): "
                            + "disputed invoices under review"))
                    .body("reasons[0].releasableBy", contains("credit-manager"));
            as("finance").body(reason("looks fine")).post("/api/v1/credit-checks/{o}/release", held).then().statusCode(403)
                    .body("type", equalTo("https://ledgerline.io/problems/role-may-not-release"));

            as("credit-manager").body(reason("dispute settled")).post(PATH + "/release", customer).then().statusCode(200);
            as("sales").body(order(customer, unique("SO-"))).post("/api/v1/credit-checks").then().statusCode(201)
                    .body("status", equalTo("HOLD")).body("reasons.code", contains("not-assessed", "no-credit-limit"))
                    .body("reasons.code", not(hasItem("blocked")));
            as("sales").get("/api/v1/credit-checks/{o}", held).then().body("reasons.code", hasItem("blocked"));
            as("credit-manager").body(reason("customer unblocked")).post("/api/v1/credit-checks/{o}/release", held).then()
                    .statusCode(200).body("status", equalTo("APPROVED")).body("release.role", equalTo("credit-manager"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void a_missing_blank_or_too_long_reason_is_refused_and_nothing_stored() throws Exception {
            String customer = unique("BL-");
            for (String body : List.of("{}", reason("   "), reason("x".repeat(2001)))) {
                as("credit-manager").body(body).post(PATH, customer).then().statusCode(400).contentType("application/problem+json")
                        .body("type", equalTo("https://ledgerline.io/problems/invalid-field")).body("field", equalTo("reason"));
                as("credit-manager").body(body).post(PATH + "/release", customer).then().statusCode(400)
                        .body("field", equalTo("reason"));
            }
            as("credit-manager").post(PATH, customer).then().statusCode(400).body("field", equalTo("reason"));
            assertThat(CreditApi.storedEvents(CreditBlock.idOf(customer))).isZero();
        }

        @Test
        void an_id_longer_than_100_characters_is_refused() {
            String id = "B".repeat(101);
            as("credit-manager").body(reason("x")).post(PATH, id).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-parameter")).body("field", equalTo("id"));
            as("credit-manager").body(reason("x")).post(PATH + "/release", id).then().statusCode(400).body("field", equalTo("id"));
            as("sales").get(PATH, id).then().statusCode(400).body("field", equalTo("id"));
        }
    }

    @Nested
    class Roles {

        @Test
        void each_endpoint_refuses_a_role_it_does_not_name_and_no_token() throws Exception {
            String customer = unique("BL-");
            as("sales").body(reason("x")).post(PATH, customer).then().statusCode(403);
            as("credit-analyst").body(reason("x")).post(PATH, customer).then().statusCode(403);
            assertThat(CreditApi.storedEvents(CreditBlock.idOf(customer))).isZero();
            as("credit-manager").body(reason("blocked")).post(PATH, customer).then().statusCode(201);
            for (String role : List.of("finance", "collector", "credit-analyst", "sales")) {
                as(role).body(reason("x")).post(PATH + "/release", customer).then().statusCode(403);
            }
            as("sales").get(PATH, customer).then().statusCode(200);
            given().contentType(ContentType.JSON).body(reason("x")).post(PATH, customer).then().statusCode(401);
            given().contentType(ContentType.JSON).body(reason("x")).post(PATH + "/release", customer).then().statusCode(401);
            given().get(PATH, customer).then().statusCode(401);
        }

        @Test
        void the_openapi_documents_each_endpoint() {
            given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                    .body("paths.'/api/v1/customers/{id}/credit-block'.post.responses.'409'", notNullValue())
                    .body("paths.'/api/v1/customers/{id}/credit-block'.get.responses.'404'", notNullValue())
                    .body("paths.'/api/v1/customers/{id}/credit-block/release'.post.responses.'409'", notNullValue());
        }
    }
}
