package io.ledgerline.credit.block;

import static io.ledgerline.credit.CreditApi.GRADE_C_STATEMENT;
import static io.ledgerline.credit.CreditApi.as;
import static io.ledgerline.credit.CreditApi.storedEvents;
import static io.ledgerline.credit.CreditApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.api.v1.TradingRestrictionRequested;
import io.ledgerline.credit.CreditApi;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Collections asks for a trading restriction on its topic; credit-service blocks the customer's credit and holds its orders. */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class CollectionsRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BLOCK = "/api/v1/customers/{id}/credit-block";
    private static final String REQUESTS = "/api/v1/customers/{id}/credit-block/requests";
    private static final LocalDate MARCH_15 = LocalDate.of(2013, 3, 15);

    /** The shipped policy but grade C orders approve themselves up to 100000.00 CNY, so an order of a grade C customer is approved. */
    @BeforeEach
    void gradeCApprovesUpTo100000() throws Exception {
        CreditApi.defaultScorecardIsCurrent();
        CreditApi.gradeCApprovesUpTo("collections block variant", "100000.00");
    }

    @AfterEach
    void shippedPolicyAgain() {
        CreditApi.defaultPolicyIsCurrent();
    }

    /** Grade C (score 60) with a credit limit of 200000.00 CNY: an order of 5000.00 CNY is approved while it is not blocked. */
    private static String gradeCWithLimit() {
        String id = unique("CB-");
        as("credit-analyst").body(GRADE_C_STATEMENT).post("/api/v1/customers/{id}/financial-statements", id).then().statusCode(201);
        as("credit-analyst").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201).body("grade", equalTo("C"));
        as("sales").body("{\"customerId\":\"" + id + "\",\"requestedLimit\":{\"amount\":\"200000.00\",\"currency\":\"CNY\"},"
                + "\"paymentTermsDays\":30,\"prepaymentShare\":\"0.30\"}").post("/api/v1/credit-applications")
                .then().statusCode(201).body("status", equalTo("GRANTED"));
        return id;
    }

    private static ValidatableResponse check(String customerId) {
        return as("sales").body("{\"customerId\":\"" + customerId + "\",\"orderId\":\"" + unique("SO-")
                + "\",\"amount\":\"5000.00\",\"currency\":\"CNY\"}").post("/api/v1/credit-checks").then().statusCode(201);
    }

    private static TradingRestrictionRequested legalStep(String customerId, String requestId) {
        return new TradingRestrictionRequested(customerId, requestId, "CASE-2013-0007", MARCH_15, "collections-service", "legal",
                "90 days past due", List.of(new Money(new BigDecimal("55000.00"), "CNY"), new Money(new BigDecimal("1200.50"), "USD")));
    }

    private static void awaitDone(String customerId, int requests) {
        await().atMost(Duration.ofSeconds(30)).until(() -> as("credit-manager").get(REQUESTS, customerId).then().statusCode(200)
                .extract().<List<String>>path("requests.status").stream().filter("DONE"::equals).count() == requests);
    }

    @Nested
    class Block {

        @Test
        void a_request_on_the_topic_blocks_the_customer_and_its_next_order_is_held_for_a_credit_manager() throws Exception {
            String customer = gradeCWithLimit();
            check(customer).body("status", equalTo("APPROVED"));
            String request = UUID.randomUUID().toString();
            CollectionsEvents.publish(legalStep(customer, request));
            awaitDone(customer, 1);

            String reason = "collections case CASE-2013-0007 (step legal, requested on 2013-03-15): 90 days past due; "
                    + "overdue 55000.00 CNY, 1200.50 USD";
            as("collector").get(BLOCK, customer).then().statusCode(200)
                    .body("blockId", equalTo(request)).body("source", equalTo("COLLECTIONS"))
                    .body("blockedBy", equalTo("collections:collections-service")).body("blockedOn", equalTo("2013-03-15"))
                    .body("reason", equalTo(reason));
            check(customer).body("status", equalTo("HOLD")).body("reasons.code", contains("blocked"))
                    .body("reasons[0].detail", equalTo("the customer's credit is blocked (by collections:collections-service on "
                            + "2013-03-15): " + reason))
                    .body("reasons[0].releasableBy", contains("credit-manager"));
            as("finance").get(REQUESTS, customer).then().statusCode(200).body("customerId", equalTo(customer))
                    .body("requests", hasSize(1))
                    .body("requests[0].requestId", equalTo(request)).body("requests[0].caseId", equalTo("CASE-2013-0007"))
                    .body("requests[0].step", equalTo("legal")).body("requests[0].requestedBy", equalTo("collections-service"))
                    .body("requests[0].requestedOn", equalTo("2013-03-15")).body("requests[0].reason", equalTo("90 days past due"))
                    .body("requests[0].overdue.amount", contains("55000.00", "1200.50"))
                    .body("requests[0].overdue.currency", contains("CNY", "USD"))
                    .body("requests[0].status", equalTo("DONE")).body("requests[0].outcome", equalTo("BLOCKED"))
                    .body("requests[0].blockId", equalTo(request)).body("requests[0].processedOn", equalTo("2013-03-15"))
                    .body("requests[0].detail", equalTo("blocked the customer's credit (by collections:collections-service on 2013-03-15)"));
            assertThat(storedEvents(CreditBlock.idOf(customer))).isEqualTo(1);
        }

        @Test
        void a_redelivered_request_changes_nothing_and_another_one_finds_the_customer_already_blocked() throws Exception {
            String customer = unique("CB-");
            String first = UUID.randomUUID().toString();
            EventEnvelope delivered = CollectionsEvents.publish(legalStep(customer, first));
            awaitDone(customer, 1);
            CollectionsEvents.send(delivered);
            String second = UUID.randomUUID().toString();
            CollectionsEvents.publish(new TradingRestrictionRequested(customer, second, "CASE-2013-0008", MARCH_15, "collector-user",
                    "manual", "promise to pay broken", List.of()));
            awaitDone(customer, 2);

            as("collector").get(REQUESTS, customer).then().statusCode(200).body("requests", hasSize(2))
                    .body("requests.requestId", containsInAnyOrder(first, second));
            as("collector").get(REQUESTS, customer).then()
                    .body("requests.find { it.requestId == '" + first + "' }.outcome", equalTo("BLOCKED"))
                    .body("requests.find { it.requestId == '" + second + "' }.outcome", equalTo("ALREADY_BLOCKED"))
                    .body("requests.find { it.requestId == '" + second + "' }.blockId", equalTo(first))
                    .body("requests.find { it.requestId == '" + second + "' }.detail", equalTo("the customer's credit was already "
                            + "blocked (by collections:collections-service on 2013-03-15, COLLECTIONS): collections case CASE-2013-0007 "
                            + "(step legal, requested on 2013-03-15): 90 days past due; overdue 55000.00 CNY, 1200.50 USD"));
            as("collector").get(BLOCK, customer).then().statusCode(200).body("blockId", equalTo(first));
            assertThat(storedEvents(CreditBlock.idOf(customer))).isEqualTo(1);
        }

        @Test
        void a_customer_blocked_by_hand_stays_blocked_as_it_was() throws Exception {
            String customer = unique("CB-");
            as("finance").body("{\"reason\":\"cheque bounced\"}").post(BLOCK, customer).then().statusCode(201);
            String request = UUID.randomUUID().toString();
            CollectionsEvents.publish(new TradingRestrictionRequested(customer, request, "CASE-2013-0009", MARCH_15, "collector-user",
                    "manual", "no answer to three reminders", List.of(new Money(new BigDecimal("8000.00"), "CNY"))));
            awaitDone(customer, 1);

            as("collector").get(REQUESTS, customer).then().body("requests[0].outcome", equalTo("ALREADY_BLOCKED"))
                    .body("requests[0].detail", equalTo("the customer's credit was already blocked (by finance-user on 2013-03-15, "
                            + "MANUAL): cheque bounced"));
            as("collector").get(BLOCK, customer).then().statusCode(200).body("source", equalTo("MANUAL"))
                    .body("blockedBy", equalTo("finance-user")).body("reason", equalTo("cheque bounced"));
            assertThat(storedEvents(CreditBlock.idOf(customer))).isEqualTo(1);
        }

        @Test
        void only_a_credit_manager_lifts_a_block_collections_asked_for() throws Exception {
            String customer = unique("CB-");
            CollectionsEvents.publish(legalStep(customer, UUID.randomUUID().toString()));
            awaitDone(customer, 1);
            as("collector").body("{\"reason\":\"paid\"}").post(BLOCK + "/release", customer).then().statusCode(403)
                    .contentType("application/problem+json");
            as("credit-manager").body("{\"reason\":\"payment plan agreed\"}").post(BLOCK + "/release", customer).then()
                    .statusCode(200).body("unblockedBy", equalTo("credit-manager-user"));
            as("sales").get(BLOCK, customer).then().statusCode(404);
            as("collector").get(REQUESTS, customer).then().body("requests[0].outcome", equalTo("BLOCKED"));
            assertThat(storedEvents(CreditBlock.idOf(customer))).isEqualTo(2);
        }
    }

    @Nested
    class Requests {

        @Test
        void credit_finance_and_collectors_read_them_sales_ops_and_strangers_do_not() {
            String customer = unique("CB-");
            for (String role : List.of("credit-analyst", "credit-manager", "finance", "collector")) {
                as(role).get(REQUESTS, customer).then().statusCode(200).body("customerId", equalTo(customer))
                        .body("requests", empty());
            }
            as("sales").get(REQUESTS, customer).then().statusCode(403).contentType("application/problem+json");
            as("ops").get(REQUESTS, customer).then().statusCode(403).contentType("application/problem+json");
            given().get(REQUESTS, customer).then().statusCode(401).contentType("application/problem+json");
        }

        @Test
        void they_are_described_in_the_openapi() {
            given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                    .body("paths.'/api/v1/customers/{id}/credit-block/requests'.get.responses.'200'.description",
                            containsString("outcome"))
                    .body("paths.'/api/v1/customers/{id}/credit-block/requests'.get.responses.'400'", notNullValue());
        }

        @Test
        void a_bad_customer_id_is_refused() {
            as("collector").get(REQUESTS, "x".repeat(101)).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-parameter")).body("field", equalTo("id"));
            as("collector").get(REQUESTS, " ").then().statusCode(400).body("field", equalTo("id"));
        }
    }
}
