package io.ledgerline.credit.history;

import static io.ledgerline.credit.CreditApi.GRADE_C_STATEMENT;
import static io.ledgerline.credit.CreditApi.as;
import static io.ledgerline.credit.CreditApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.ledgerline.credit.CreditApi;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One customer taken through credit-service's real endpoints (statements, assessments, applications, order checks, a
 * block), then its history read back as the projection of the relayed events builds it.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class DecisionHistoryResourceTest {

    private static final String PATH = "/api/v1/customers/{id}/credit/history";
    /**
     * X1 -1200000 / 6000000 = -0.2000, X2 -600000 / 6000000 = -0.1000, X3 -60000 / 6000000 = -0.0100, X4 1000000 / 5000000 =
     * 0.2000; Z'' = 6.56 x -0.2 + 3.26 x -0.1 + 6.72 x -0.01 + 1.05 x 0.2 = -1.4952, DISTRESS: 20 x 0 + 80 x 50 = 40, grade D.
     */
    private static final String DISTRESSED = """
            {"periodEnd":"2013-02-28","currency":"CNY","workingCapital":"-1200000.00","retainedEarnings":"-600000.00",
             "ebit":"-60000.00","bookEquity":"1000000.00","totalAssets":"6000000.00","totalLiabilities":"5000000.00",
             "sales":"9000000.00"}""";
    private static final List<String> KINDS = List.of("STATEMENT", "ASSESSMENT", "APPLICATION_SUBMITTED", "APPLICATION_GRANTED",
            "LIMIT_ASSIGNED", "APPLICATION_SUBMITTED", "APPLICATION_REJECTED", "CHECK_HELD", "CHECK_RELEASED", "CHECK_HELD",
            "CHECK_CANCELLED", "BLOCKED", "UNBLOCKED", "STATEMENT", "ASSESSMENT", "GRADE_CHANGE", "DOWNGRADE_ALERT",
            "INSURANCE_REFERRAL", "CHECK_REJECTED");

    // one customer for every test of the class: taken through its decisions before the first test
    private static boolean prepared;
    private static Throwable preparationFailed;
    private static String customer;
    private static String firstStatement;
    private static String secondStatement;
    private static String firstAssessment;
    private static String secondAssessment;
    private static String granted;
    private static String rejected;
    private static String released;
    private static String cancelled;
    private static String refused;
    private static int scorecard;
    private static int policy;

    private static String application(String amount) {
        return "{\"customerId\":\"" + customer + "\",\"requestedLimit\":{\"amount\":\"" + amount + "\",\"currency\":\"CNY\"},"
                + "\"paymentTermsDays\":30,\"prepaymentShare\":\"0.30\"}";
    }

    private static String order(String orderId, String amount) {
        return "{\"customerId\":\"" + customer + "\",\"orderId\":\"" + orderId + "\",\"amount\":\"" + amount + "\",\"currency\":\"CNY\"}";
    }

    @BeforeEach
    void aCustomerThroughEveryKindOfDecision() {
        if (prepared) {
            return;
        }
        if (preparationFailed != null) {
            throw new IllegalStateException("the customer's decisions could not be prepared", preparationFailed);
        }
        try {
            takeTheCustomerThroughEveryKindOfDecision();
        } catch (RuntimeException | Error e) {
            preparationFailed = e;
            throw e;
        }
        prepared = true;
    }

    private static void takeTheCustomerThroughEveryKindOfDecision() {
        customer = unique("HX-");
        CreditApi.defaultScorecardIsCurrent();
        CreditApi.defaultPolicyIsCurrent();
        scorecard = as("credit-manager").get("/api/v1/scorecards").then().statusCode(200).extract().path("current");
        policy = CreditApi.currentPolicyVersion();

        firstStatement = as("credit-analyst").body(GRADE_C_STATEMENT).post("/api/v1/customers/{id}/financial-statements", customer).then()
                .statusCode(201).extract().path("statementId");
        firstAssessment = as("credit-analyst").post("/api/v1/customers/{id}/assessments", customer).then().statusCode(201)
                .body("grade", equalTo("C")).extract().path("assessmentId");
        granted = as("sales").body(application("200000.00")).post("/api/v1/credit-applications").then().statusCode(201)
                .body("status", equalTo("GRANTED")).extract().path("applicationId");
        rejected = as("sales").body(application("400000.00")).post("/api/v1/credit-applications").then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("applicationId");
        as("credit-manager").body("{\"reason\":\"grade C does not carry 400000\"}").post("/api/v1/credit-applications/{id}/rejection",
                rejected).then().statusCode(200);

        released = unique("SO-H");
        as("sales").body(order(released, "50000.00")).post("/api/v1/credit-checks").then().statusCode(201).body("status", equalTo("HOLD"));
        as("credit-analyst").body("{\"reason\":\"letter of credit\"}").post("/api/v1/credit-checks/{o}/release", released).then()
                .statusCode(200);
        cancelled = unique("SO-H");
        as("sales").body(order(cancelled, "1000.00")).post("/api/v1/credit-checks").then().statusCode(201).body("status", equalTo("HOLD"));
        as("sales").body("{\"reason\":\"order withdrawn\"}").post("/api/v1/credit-checks/{o}/cancellation", cancelled).then()
                .statusCode(200);
        as("collector").body("{\"reason\":\"disputed invoices under review\"}").post("/api/v1/customers/{id}/credit-block", customer)
                .then().statusCode(201);
        as("credit-manager").body("{\"reason\":\"dispute settled\"}").post("/api/v1/customers/{id}/credit-block/release", customer)
                .then().statusCode(200);

        secondStatement = as("credit-analyst").body(DISTRESSED).post("/api/v1/customers/{id}/financial-statements", customer).then()
                .statusCode(201).extract().path("statementId");
        secondAssessment = as("credit-manager").post("/api/v1/customers/{id}/assessments", customer).then().statusCode(201)
                .body("score", equalTo(40)).body("grade", equalTo("D")).extract().path("assessmentId");
        refused = unique("SO-H");
        as("sales").body(order(refused, "1000.00")).post("/api/v1/credit-checks").then().statusCode(201)
                .body("status", equalTo("REJECTED"));

        // the history follows the relayed events a moment behind the commands
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            io.restassured.response.Response read = as("finance").get(PATH, customer);
            return read.statusCode() == 200 && read.jsonPath().getInt("totalItems") == KINDS.size();
        });
    }

    private static JsonPath all() {
        return as("credit-analyst").queryParam("size", 200).get(PATH, customer).then().statusCode(200).extract().jsonPath();
    }

    @Nested
    class Entries {

        @Test
        void every_decision_is_listed_oldest_first_in_the_order_it_was_made() {
            as("credit-manager").get(PATH, customer).then().statusCode(200).contentType("application/json")
                    .body("customerId", equalTo(customer)).body("page", equalTo(0)).body("size", equalTo(50))
                    .body("totalItems", equalTo(19)).body("totalPages", equalTo(1))
                    .body("items.kind", contains(KINDS.toArray()))
                    .body("items.position", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19))
                    .body("items.eventId", org.hamcrest.Matchers.everyItem(notNullValue()))
                    .body("items.recordedAt", org.hamcrest.Matchers.everyItem(notNullValue()));
        }

        @Test
        void an_assessment_states_its_score_grade_versions_inputs_and_who() {
            JsonPath h = all();
            assertThat(h.getString("items[1].at")).isEqualTo("2013-03-15");
            assertThat(h.getString("items[1].summary")).isEqualTo("score 60, grade C by scorecard v" + scorecard + " and credit policy v"
                    + policy + " (trigger: manual)");
            assertThat(h.getList("items[1].explanation", String.class)).contains(
                    "score 60: the 13 factors' contributions sum to 60.00, rounded half up",
                    "grade C by credit policy v" + policy + ", which trades with the customer",
                    "coverage 20.00% of the scorecard's weight had data; missing data by the rule NEUTRAL_POINTS",
                    "altman-z adds 20.00 of its weight 20: 100 points; altmanZone SAFE, industry unknown, model Z'', periodEnd 2012-12-31, "
                            + "statementId " + firstStatement + ", x1 0.2000, x2 0.1333, x3 0.0750, x4 0.7143, z 3.0007");
            assertThat(h.getString("items[1].decidedBy")).isEqualTo("credit-analyst-user");
            assertThat(h.getInt("items[1].versions.scorecard")).isEqualTo(scorecard);
            assertThat(h.getInt("items[1].versions.policy")).isEqualTo(policy);
            assertThat(h.getString("items[1].assessmentId")).isEqualTo(firstAssessment);
            assertThat(h.getString("items[1].inputs.coverage")).isEqualTo("20.00");
            assertThat(h.getList("items[1].inputs.contributions")).hasSize(13);
            assertThat(h.getString("items[0].at")).isEqualTo("2013-03-15");
            assertThat(h.getString("items[0].inputs.statementId")).isEqualTo(firstStatement);
        }

        @Test
        void the_grade_change_names_the_factor_that_moved_with_its_inputs_before_and_after() {
            JsonPath h = all();
            assertThat(h.getString("items[15].summary")).isEqualTo("grade C -> D: score 60 -> 40; altman-z -20.00 (altmanZone SAFE -> "
                    + "DISTRESS, periodEnd 2012-12-31 -> 2013-02-28, statementId " + firstStatement + " -> " + secondStatement
                    + ", x1 0.2000 -> -0.2000, x2 0.1333 -> -0.1000, x3 0.0750 -> -0.0100, x4 0.7143 -> 0.2000, z 3.0007 -> -1.4952)");
            assertThat(h.getList("items[15].explanation", String.class)).contains(
                    "grade C -> D: score 60 -> 40 (assessment " + firstAssessment + " of 2013-03-15 -> assessment " + secondAssessment
                            + " of 2013-03-15)",
                    "the contributions sum 60.00 -> 40.00 (-20.00), rounded half up to the scores");
            assertThat(h.getString("items[15].assessmentId")).isEqualTo(secondAssessment);
            assertThat(h.getString("items[15].decidedBy")).isEqualTo("credit-manager-user");
            assertThat(h.getString("items[15].inputs.from.grade")).isEqualTo("C");
            assertThat(h.getString("items[15].inputs.movers[0].inputs.altmanZone.after")).isEqualTo("DISTRESS");
        }

        @Test
        void applications_and_limits_say_who_decided_why_and_against_which_policy() {
            JsonPath h = all();
            assertThat(h.getString("items[2].summary")).isEqualTo("applied for a limit of 200000.00 CNY on 30 days, prepayment share 0.30: "
                    + "within credit policy v" + policy);
            assertThat(h.getString("items[2].applicationId")).isEqualTo(granted);
            assertThat(h.getString("items[2].assessmentId")).isEqualTo(firstAssessment);
            assertThat(h.getString("items[2].decidedBy")).isEqualTo("sales-user");
            assertThat(h.getString("items[3].decidedBy")).isEqualTo("credit-service");
            assertThat(h.getString("items[4].inputs.limit.amount")).isEqualTo("200000.00");
            assertThat(h.getString("items[4].inputs.limit.currency")).isEqualTo("CNY");
            assertThat(h.getString("items[4].summary")).isEqualTo("credit limit 200000.00 CNY on 30 days, prepayment share 0.30 assigned");
            assertThat(h.getString("items[5].summary")).isEqualTo("applied for a limit of 400000.00 CNY on 30 days, prepayment share 0.30: "
                    + "outside credit policy v" + policy + " (limit-range)");
            assertThat(h.getString("items[6].summary")).isEqualTo("application rejected by credit-manager-user: grade C does not carry 400000");
            assertThat(h.getString("items[6].applicationId")).isEqualTo(rejected);
            assertThat(h.getInt("items[6].versions.policy")).isEqualTo(policy);
        }

        @Test
        void order_checks_give_their_reasons_and_exposure_and_releases_and_cancellations_who_and_why() {
            JsonPath h = all();
            assertThat(h.getString("items[7].orderId")).isEqualTo(released);
            assertThat(h.getString("items[7].summary")).isEqualTo("order " + released + " for 50000.00 CNY held: above-auto-approval");
            assertThat(h.getList("items[7].explanation", String.class)).contains("credit limit 200000.00 CNY",
                    "exposure with this order 50000.00 CNY = open receivables 0.00 + reserved orders 0.00 - prepayments 0.00 "
                            + "+ the order 50000.00");
            assertThat(h.getInt("items[7].versions.scorecard")).isEqualTo(scorecard);
            assertThat(h.getString("items[7].inputs.exposureWithOrder.amount")).isEqualTo("50000.00");
            assertThat(h.getString("items[8].decidedBy")).isEqualTo("credit-analyst-user");
            assertThat(h.getString("items[8].summary")).isEqualTo("order " + released + " (50000.00 CNY) released by credit-analyst-user "
                    + "as credit-analyst: letter of credit");
            // the released 50000.00 is reserved when the next order is checked
            assertThat(h.getList("items[9].explanation", String.class)).contains("exposure with this order 51000.00 CNY = open "
                    + "receivables 0.00 + reserved orders 50000.00 - prepayments 0.00 + the order 1000.00");
            assertThat(h.getString("items[10].orderId")).isEqualTo(cancelled);
            assertThat(h.getString("items[10].decidedBy")).isEqualTo("sales-user");
            assertThat(h.getList("items[10].explanation", String.class)).contains("it was held, so it had reserved nothing");
            assertThat(h.getString("items[11].summary")).isEqualTo("credit blocked by collector-user: disputed invoices under review");
            assertThat(h.getString("items[12].summary")).isEqualTo("credit block lifted by credit-manager-user: dispute settled");
            assertThat(h.getString("items[18].summary")).isEqualTo("order " + refused + " for 1000.00 CNY rejected: grade-d");
            assertThat(h.getString("items[18].assessmentId")).isEqualTo(secondAssessment);
        }
    }

    @Nested
    class Query {

        @Test
        void pages_are_cut_in_decision_order() {
            as("finance").queryParam("size", 5).queryParam("page", 3).get(PATH, customer).then().statusCode(200)
                    .body("totalItems", equalTo(19)).body("totalPages", equalTo(4)).body("items", hasSize(4))
                    .body("items.position", contains(16, 17, 18, 19))
                    .body("items.kind", contains("GRADE_CHANGE", "DOWNGRADE_ALERT", "INSURANCE_REFERRAL", "CHECK_REJECTED"));
            as("finance").queryParam("size", 5).queryParam("page", 9).get(PATH, customer).then().statusCode(200)
                    .body("items", hasSize(0)).body("totalItems", equalTo(19));
        }

        @Test
        void kinds_filter_by_a_list_or_a_repeated_parameter() {
            as("credit-analyst").queryParam("kind", "CHECK_HELD,CHECK_RELEASED").get(PATH, customer).then().statusCode(200)
                    .body("totalItems", equalTo(3)).body("items.position", contains(8, 9, 10))
                    .body("items.kind", contains("CHECK_HELD", "CHECK_RELEASED", "CHECK_HELD"));
            as("credit-analyst").queryParam("kind", "GRADE_CHANGE").queryParam("kind", "BLOCKED").get(PATH, customer).then()
                    .statusCode(200).body("items.kind", contains("BLOCKED", "GRADE_CHANGE"));
            as("credit-analyst").queryParam("kind", "DOWNGRADE_ALERT").get(PATH, customer).then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items.summary", contains("downgrade alert: grade C -> D, score 60 -> 40 (trigger: manual)"));
            as("credit-analyst").queryParam("kind", "APPLICATION_GRANTED").queryParam("kind", "INSURANCE_REFERRAL").get(PATH, customer)
                    .then().statusCode(200).body("items.kind", contains("APPLICATION_GRANTED", "INSURANCE_REFERRAL"));
        }

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource(delimiter = '|', value = {
                "page | -1",
                "page | first",
                "size | 0",
                "size | 201",
                "size | 2.5",
                "kind | NOT_A_KIND",
                "kind | assessment",
                "kind | 'CHECK_HELD,'"})
        void a_bad_parameter_is_a_problem_naming_it(String parameter, String value) {
            as("credit-analyst").queryParam(parameter, value).get(PATH, customer).then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("https://ledgerline.io/problems/invalid-parameter"))
                    .body("field", equalTo(parameter)).body("detail", notNullValue());
        }

        @Test
        void an_id_longer_than_100_characters_is_refused() {
            as("credit-analyst").get(PATH, "H".repeat(101)).then().statusCode(400).contentType("application/problem+json")
                    .body("field", equalTo("id"));
        }

        @Test
        void a_customer_without_any_decision_is_not_found() {
            as("credit-analyst").get(PATH, unique("HN-")).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/credit-history-not-found")).body("field", equalTo("id"));
        }

        @Test
        void only_credit_analysts_managers_and_finance_read_it() {
            given().get(PATH, customer).then().statusCode(401).contentType("application/problem+json");
            as("sales").get(PATH, customer).then().statusCode(403).contentType("application/problem+json");
            as("collector").get(PATH, customer).then().statusCode(403);
            as("ops").get(PATH, customer).then().statusCode(403);
            for (String role : List.of("credit-analyst", "credit-manager", "finance")) {
                as(role).get(PATH, customer).then().statusCode(200).body("items.kind", hasItem("GRADE_CHANGE"))
                        .body("items[0].versions", nullValue());
            }
        }
    }
}
