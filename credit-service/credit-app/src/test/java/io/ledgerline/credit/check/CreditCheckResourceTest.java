package io.ledgerline.credit.check;

import static io.ledgerline.credit.CreditApi.GRADE_C_STATEMENT;
import static io.ledgerline.credit.CreditApi.as;
import static io.ledgerline.credit.CreditApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.credit.CreditApi;
import io.ledgerline.credit.api.CreditTopics;
import io.ledgerline.credit.receivables.ReceivablesEvents;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class CreditCheckResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The shipped policy but grade C orders approve themselves up to 100000.00 CNY, so one test customer shows every
     * outcome: published before each test, the shipped policy current again after it.
     */
    @BeforeEach
    void gradeCApprovesUpTo100000() throws Exception {
        CreditApi.defaultScorecardIsCurrent();
        CreditApi.gradeCApprovesUpTo("credit-check variant", "100000.00");
    }

    @AfterEach
    void shippedPolicyAgain() {
        CreditApi.defaultPolicyIsCurrent();
    }

    /** Grade C (score 60) with a credit limit of 200000.00 CNY, granted at once. */
    private static String gradeCWithLimit() {
        String id = unique("CC-");
        as("credit-analyst").body(GRADE_C_STATEMENT).post("/api/v1/customers/{id}/financial-statements", id).then().statusCode(201);
        as("credit-analyst").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201).body("grade", equalTo("C"));
        as("sales").body("{\"customerId\":\"" + id + "\",\"requestedLimit\":{\"amount\":\"200000.00\",\"currency\":\"CNY\"},"
                + "\"paymentTermsDays\":30,\"prepaymentShare\":\"0.30\"}").post("/api/v1/credit-applications")
                .then().statusCode(201).body("status", equalTo("GRANTED"));
        return id;
    }

    private static String order(String customerId, String orderId, String amount, String currency) {
        return "{\"customerId\":\"" + customerId + "\",\"orderId\":\"" + orderId + "\",\"amount\":\"" + amount + "\",\"currency\":\""
                + currency + "\"}";
    }

    @Nested
    class Check {

        @Test
        void within_limit_and_automatic_approval_it_is_approved_reserved_and_counted_in_exposure() {
            String customer = gradeCWithLimit();
            String orderId = unique("SO-");
            as("sales").body(order(customer, orderId, "50000.00", "CNY")).post("/api/v1/credit-checks").then().statusCode(201)
                    .body("status", equalTo("APPROVED")).body("reasons", empty()).body("orderId", equalTo(orderId))
                    .body("amount.amount", equalTo("50000.00")).body("checkedOn", equalTo("2013-03-15"))
                    .body("requestedBy", equalTo("sales-user"))
                    .body("inputs.score", equalTo(60)).body("inputs.grade", equalTo("C"))
                    .body("inputs.creditLimit.amount", equalTo("200000.00"))
                    .body("inputs.openReceivables.amount", equalTo("0.00")).body("inputs.reservedOrders.amount", equalTo("0.00"))
                    .body("inputs.exposureWithOrder.amount", equalTo("50000.00")).body("inputs.overdueToleranceDays", equalTo(0));
            as("finance").get("/api/v1/customers/{id}/exposure", customer).then().statusCode(200)
                    .body("currencies.currency", contains("CNY"))
                    .body("currencies[0].openReceivables", equalTo("0.00")).body("currencies[0].reservedOrders", equalTo("50000.00"))
                    .body("currencies[0].exposure", equalTo("50000.00"));
            as("finance").get("/api/v1/credit-checks/{orderId}", orderId).then().statusCode(200).body("status", equalTo("APPROVED"));
        }

        @Test
        void over_the_limit_with_reservations_and_open_receivables_it_is_held_and_a_manager_releases_it() {
            // 20000 open (invoiced after the assessment, not yet due) + 50000 reserved + 130000.01 = 200000.01 > 200000
            String customer = gradeCWithLimit();
            new ReceivablesEvents(customer).invoice("20000.00", "CNY", "2013-03-01", "2013-03-31");
            as("sales").body(order(customer, unique("SO-"), "50000.00", "CNY")).post("/api/v1/credit-checks").then().statusCode(201)
                    .body("status", equalTo("APPROVED"));
            String held = unique("SO-");
            as("sales").body(order(customer, held, "130000.01", "CNY")).post("/api/v1/credit-checks").then().statusCode(201)
                    .body("status", equalTo("HOLD"))
                    .body("reasons.code", contains("over-limit", "above-auto-approval"))
                    .body("reasons[0].detail", equalTo("exposure with this order 200000.01 CNY (open 20000.00 + reserved 50000.00 - "
                            + "prepaid 0.00 + order 130000.01) is above the credit limit of 200000.00 CNY"))
                    .body("reasons[0].releasableBy", contains("credit-manager"))
                    .body("reasons[1].releasableBy", contains("credit-analyst", "credit-manager"))
                    .body("inputs.openReceivables.amount", equalTo("20000.00")).body("inputs.reservedOrders.amount", equalTo("50000.00"));
            as("sales").get("/api/v1/customers/{id}/exposure", customer).then().body("currencies[0].reservedOrders", equalTo("50000.00"));

            as("credit-analyst").body("{\"reason\":\"fine\"}").post("/api/v1/credit-checks/{o}/release", held).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/role-may-not-release"));
            as("credit-manager").body("{\"reason\":\"letter of credit\"}").post("/api/v1/credit-checks/{o}/release", held).then()
                    .statusCode(200).body("status", equalTo("APPROVED")).body("release.role", equalTo("credit-manager"))
                    .body("release.releasedBy", equalTo("credit-manager-user"));
            as("sales").get("/api/v1/customers/{id}/exposure", customer).then()
                    .body("currencies[0].reservedOrders", equalTo("180000.01")).body("currencies[0].exposure", equalTo("200000.01"));
            as("credit-manager").body("{\"reason\":\"again\"}").post("/api/v1/credit-checks/{o}/release", held).then().statusCode(409)
                    .body("type", equalTo("https://ledgerline.io/problems/credit-check-not-held"));

            as("sales").body("{\"reason\":\"withdrawn\"}").post("/api/v1/credit-checks/{o}/cancellation", held).then().statusCode(200)
                    .body("status", equalTo("CANCELLED")).body("cancellation.reservationFreed", equalTo(true));
            as("sales").get("/api/v1/customers/{id}/exposure", customer).then()
                    .body("currencies[0].reservedOrders", equalTo("50000.00")).body("currencies[0].exposure", equalTo("70000.00"));
            as("sales").body("{\"reason\":\"again\"}").post("/api/v1/credit-checks/{o}/cancellation", held).then().statusCode(409);
        }

        @Test
        void an_item_overdue_beyond_grade_c_tolerance_holds_and_finance_releases_it() {
            // due 2013-03-01, open on 2013-03-15: 14 days > grade C's 0
            String customer = gradeCWithLimit();
            new ReceivablesEvents(customer).invoice("10000.00", "CNY", "2013-02-01", "2013-03-01");
            String orderId = unique("SO-");
            as("sales").body(order(customer, orderId, "1000.00", "CNY")).post("/api/v1/credit-checks").then().statusCode(201)
                    .body("status", equalTo("HOLD")).body("reasons.code", contains("overdue-beyond-tolerance"))
                    .body("reasons[0].detail", equalTo("the oldest overdue item is 14 days past due, beyond grade C's tolerance of 0 days"))
                    .body("reasons[0].releasableBy", contains("credit-manager", "finance"))
                    .body("inputs.oldestOverdueDays", equalTo(14));
            as("finance").body("{\"reason\":\"paid yesterday, not yet applied\"}").post("/api/v1/credit-checks/{o}/release", orderId)
                    .then().statusCode(200).body("status", equalTo("APPROVED")).body("release.role", equalTo("finance"));
        }

        @Test
        void a_customer_never_assessed_is_held_for_a_credit_manager() {
            String orderId = unique("SO-");
            as("sales").body(order(unique("CC-"), orderId, "1000.00", "CNY")).post("/api/v1/credit-checks").then().statusCode(201)
                    .body("status", equalTo("HOLD")).body("reasons.code", contains("not-assessed", "no-credit-limit"))
                    .body("inputs.score", nullValue()).body("inputs.creditLimit", nullValue());
        }

        @Test
        void an_order_in_another_currency_than_the_limit_is_held() {
            String customer = gradeCWithLimit();
            as("sales").body(order(customer, unique("SO-"), "1000.00", "USD")).post("/api/v1/credit-checks").then().statusCode(201)
                    .body("status", equalTo("HOLD")).body("reasons.code", contains("currency-not-limit-currency"));
        }

        @Test
        void the_same_order_again_returns_the_first_result_and_other_content_is_a_conflict() {
            String customer = gradeCWithLimit();
            String orderId = unique("SO-");
            as("sales").body(order(customer, orderId, "1000.00", "CNY")).post("/api/v1/credit-checks").then().statusCode(201);
            as("credit-analyst").body(order(customer, orderId, "1000.0", "CNY")).post("/api/v1/credit-checks").then().statusCode(200)
                    .body("status", equalTo("APPROVED")).body("requestedBy", equalTo("sales-user"));
            as("sales").body(order(customer, orderId, "1000.01", "CNY")).post("/api/v1/credit-checks").then().statusCode(409)
                    .contentType("application/problem+json").body("type", equalTo("https://ledgerline.io/problems/order-id-in-use"));
            as("sales").get("/api/v1/customers/{id}/exposure", customer).then().body("currencies[0].reservedOrders", equalTo("1000.00"));
        }
    }

    @Nested
    class Published {

        @Test
        void each_result_is_published_keyed_by_customer_with_the_inputs_it_used() throws Exception {
            String customer = gradeCWithLimit();
            String orderId = unique("SO-");
            as("sales").body(order(customer, orderId, "2500.00", "CNY")).post("/api/v1/credit-checks").then().statusCode(201);
            as("credit-manager").body("{\"reason\":\"order withdrawn\"}").post("/api/v1/credit-checks/{o}/cancellation", orderId)
                    .then().statusCode(200);
            List<ConsumerRecord<String, String>> ours = TestTopics.readUntil(CreditTopics.EVENTS,
                    read -> read.stream().filter(r -> customer.equals(r.key())).count() == 7, Duration.ofSeconds(30))
                    .stream().filter(r -> customer.equals(r.key())).toList();
            assertThat(ours).extracting(r -> JSON.readTree(r.value()).path("type").asText()).endsWith(
                    "ledgerline.credit.CreditCheckApproved.v1", "ledgerline.credit.CreditCheckCancelled.v1");
            JsonNode approved = JSON.readTree(ours.get(5).value()).path("data");
            assertThat(approved.path("orderId").asText()).isEqualTo(orderId);
            assertThat(approved.path("inputs").path("score").asInt()).isEqualTo(60);
            assertThat(approved.path("inputs").path("grade").asText()).isEqualTo("C");
            assertThat(approved.path("inputs").path("policyVersion").asInt()).isPositive();
            assertThat(approved.path("inputs").path("creditLimit").path("amount").asText()).isEqualTo("200000.00");
            assertThat(approved.path("inputs").path("exposureWithOrder").path("amount").asText()).isEqualTo("2500.00");
            assertThat(JSON.readTree(ours.get(6).value()).path("data").path("reservationFreed").asBoolean()).isTrue();
        }

        @Test
        void the_openapi_documents_the_rules_and_each_endpoint() {
            given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                    .body("paths.'/api/v1/credit-checks'.post.description", containsString("grade D trades on prepayment only"))
                    .body("paths.'/api/v1/credit-checks'.post.responses.'409'", notNullValue())
                    .body("paths.'/api/v1/credit-checks/{orderId}'.get.responses.'404'", notNullValue())
                    .body("paths.'/api/v1/credit-checks/{orderId}/release'.post.responses.'403'", notNullValue())
                    .body("paths.'/api/v1/credit-checks/{orderId}/cancellation'.post.responses.'409'", notNullValue());
        }
    }

    @Nested
    class BadInput {

        @ParameterizedTest
        @CsvSource({"0.00, CNY, amount", "-5.00, CNY, amount", "1.001, CNY, amount", "ten, CNY, amount", "5.00, cny, currency",
                "5.00, XXQ, currency"})
        void an_invalid_amount_or_currency_is_refused(String amount, String currency, String field) {
            as("sales").body(order("CC-bad", unique("SO-"), amount, currency)).post("/api/v1/credit-checks").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-field")).body("field", equalTo(field));
        }

        @Test
        void a_missing_order_id_or_customer_id_is_refused() {
            as("sales").body("{\"customerId\":\"CC-bad\",\"amount\":\"5.00\",\"currency\":\"CNY\"}").post("/api/v1/credit-checks")
                    .then().statusCode(400).body("field", equalTo("orderId"));
            as("sales").body("{\"orderId\":\"SO-x\",\"amount\":\"5.00\",\"currency\":\"CNY\"}").post("/api/v1/credit-checks")
                    .then().statusCode(400).body("field", equalTo("customerId"));
        }

        @Test
        void a_release_or_cancellation_without_a_reason_is_refused() {
            as("credit-manager").body("{}").post("/api/v1/credit-checks/{o}/release", "SO-none").then().statusCode(400)
                    .body("field", equalTo("reason"));
            as("sales").body("{\"reason\":\" \"}").post("/api/v1/credit-checks/{o}/cancellation", "SO-none").then().statusCode(400)
                    .body("field", equalTo("reason"));
        }

        @Test
        void an_unknown_order_is_not_found() {
            as("finance").get("/api/v1/credit-checks/{o}", unique("SO-")).then().statusCode(404)
                    .body("type", equalTo("https://ledgerline.io/problems/credit-check-not-found"));
            as("credit-manager").body("{\"reason\":\"x\"}").post("/api/v1/credit-checks/{o}/release", unique("SO-")).then().statusCode(404);
        }
    }

    @Nested
    class Roles {

        @Test
        void each_endpoint_refuses_a_role_it_does_not_name_and_no_token() {
            as("collector").body(order("CC-role", "SO-role", "5.00", "CNY")).post("/api/v1/credit-checks").then().statusCode(403);
            as("finance").body(order("CC-role", "SO-role", "5.00", "CNY")).post("/api/v1/credit-checks").then().statusCode(403);
            as("collector").get("/api/v1/credit-checks/{o}", "SO-role").then().statusCode(403);
            as("sales").body("{\"reason\":\"x\"}").post("/api/v1/credit-checks/{o}/release", "SO-role").then().statusCode(403);
            as("finance").body("{\"reason\":\"x\"}").post("/api/v1/credit-checks/{o}/cancellation", "SO-role").then().statusCode(403);
            given().get("/api/v1/credit-checks/{o}", "SO-role").then().statusCode(401);
        }
    }
}
