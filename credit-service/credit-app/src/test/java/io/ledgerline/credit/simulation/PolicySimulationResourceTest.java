package io.ledgerline.credit.simulation;

import static io.ledgerline.credit.CreditApi.GRADE_C_STATEMENT;
import static io.ledgerline.credit.CreditApi.as;
import static io.ledgerline.credit.CreditApi.storedEvents;
import static io.ledgerline.credit.CreditApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.CreditApi;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class PolicySimulationResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIMULATIONS = "/api/v1/policy-simulations";

    /** The shipped policy with edits, as JSON. */
    private static ObjectNode policy(String name, Consumer<ObjectNode> edit) {
        try {
            ObjectNode policy = (ObjectNode) JSON.readTree(as("credit-manager").get("/api/v1/credit-policies/1").asString()).path("policy");
            policy.put("name", name);
            edit.accept(policy);
            return policy;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode grade(ObjectNode policy, String grade) {
        for (var g : policy.withArray("grades")) {
            if (grade.equals(g.path("grade").asText())) {
                return (ObjectNode) g;
            }
        }
        throw new IllegalArgumentException(grade);
    }

    /** The base every test's customers are graded under: the shipped policy but B from 60 and C from 50, so a score of 60 is B. */
    private static ObjectNode base() {
        return policy("simulation base", p -> {
            grade(p, "B").put("minScore", 60);
            grade(p, "C").put("minScore", 50);
        });
    }

    @BeforeEach
    void scoreSixtyIsGradeB() {
        CreditApi.defaultScorecardIsCurrent();
        as("credit-manager").body(base().toString()).post("/api/v1/credit-policies").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    @AfterEach
    void shippedPolicyAgain() {
        CreditApi.defaultPolicyIsCurrent();
    }

    /** Score 60, grade B under the base, with a credit limit of 500000.00 CNY granted at once (B: 300000-1000000, 45 days). */
    private static String gradeBWithLimit() {
        String id = unique("PSIM-");
        as("credit-analyst").body(GRADE_C_STATEMENT).post("/api/v1/customers/{id}/financial-statements", id).then().statusCode(201);
        as("credit-analyst").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201)
                .body("score", equalTo(60)).body("grade", equalTo("B"));
        as("sales").body("{\"customerId\":\"" + id + "\",\"requestedLimit\":{\"amount\":\"500000.00\",\"currency\":\"CNY\"},"
                + "\"paymentTermsDays\":30,\"prepaymentShare\":\"0.00\"}").post("/api/v1/credit-applications")
                .then().statusCode(201).body("status", equalTo("GRANTED"));
        return id;
    }

    private static String check(String customerId, String amount, String expectedStatus) {
        String orderId = unique("PSO-");
        as("sales").body("{\"customerId\":\"" + customerId + "\",\"orderId\":\"" + orderId + "\",\"amount\":\"" + amount
                + "\",\"currency\":\"CNY\"}").post("/api/v1/credit-checks").then().statusCode(201).body("status", equalTo(expectedStatus));
        return orderId;
    }

    private static String body(Object... fieldValue) {
        ObjectNode body = JSON.createObjectNode();
        for (int i = 0; i < fieldValue.length; i += 2) {
            body.set((String) fieldValue[i], JSON.valueToTree(fieldValue[i + 1]));
        }
        return body.toString();
    }

    private static long simulationsStored() throws Exception {
        try (Connection c = TestStack.connect("credit"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM policy_simulation")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Two grade B customers (score 60): the first's 200000.00 order approved (within B's automatic 300000.00 and its
     * 500000.00 limit), the second's 320000.00 held above B's automatic approval; a third, never assessed, held.
     */
    private record Book(String approvedCustomer, String approvedOrder, String heldCustomer, String heldOrder, String unassessed) {

        static Book record() {
            String first = gradeBWithLimit();
            String approved = check(first, "200000.00", "APPROVED");
            String second = gradeBWithLimit();
            String held = check(second, "320000.00", "HOLD");
            String never = unique("PSIM-");
            check(never, "1000.00", "HOLD");
            return new Book(first, approved, second, held, never);
        }

        List<String> customers() {
            return List.of(approvedCustomer, heldCustomer, unassessed);
        }

        List<String> assessedSorted() {
            return Stream.of(approvedCustomer, heldCustomer).sorted().toList();
        }
    }

    @Nested
    class Simulate {

        @Test
        void an_inline_stricter_policy_turns_b_into_c_and_the_approved_200000_order_would_have_been_held() throws Exception {
            // B from 65 (60 is now C, never approved automatically), B's automatic approval halved to 150000.00
            Book book = Book.record();
            ObjectNode stricter = policy("stricter", p -> {
                grade(p, "B").put("minScore", 65).put("autoApproveMaxAmount", "150000.00");
                grade(p, "C").put("minScore", 50);
            });
            long events = storedEvents(book.approvedCustomer());

            ExtractableResponse<Response> created = as("credit-analyst").body(body("policy", stricter, "customerIds", book.customers()))
                    .post(SIMULATIONS).then().statusCode(201)
                    .body("requestedBy", equalTo("credit-analyst-user")).body("requestedOn", equalTo("2013-03-15"))
                    .body("candidate.policy.source", equalTo("INLINE")).body("candidate.policy.name", equalTo("stricter"))
                    .body("candidate.policy.definition.grades[1].minScore", equalTo(65))
                    .body("candidate.scorecard.source", equalTo("RECORDED"))
                    .body("from", nullValue()).body("customerIds", contains(book.customers().stream().sorted().toArray()))
                    .body("assessments.replayed", equalTo(2)).body("assessments.rescored", equalTo(0))
                    .body("assessments.withoutFacts", equalTo(0))
                    .body("grades.grade", contains("C", null))
                    .body("grades[0].customers", equalTo(2)).body("grades[0].checks", equalTo(2))
                    .body("grades[0].recorded.approved", equalTo(1)).body("grades[0].recorded.held", equalTo(1))
                    .body("grades[0].candidate.approved", equalTo(0)).body("grades[0].candidate.held", equalTo(2))
                    .body("grades[0].ordersNoLongerApproved", equalTo(1))
                    .body("grades[0].exposureAvoided[0].amount", equalTo("200000.00"))
                    .body("grades[0].exposureAvoided[0].currency", equalTo("CNY"))
                    .body("grades[0].ordersNewlyApproved", equalTo(0)).body("grades[0].exposureAdded", empty())
                    .body("grades[1].customers", equalTo(1)).body("grades[1].recorded.held", equalTo(1))
                    .body("grades[1].candidate.held", equalTo(1))
                    .body("totals.customers", equalTo(3)).body("totals.checks", equalTo(3))
                    .body("totals.recorded.approved", equalTo(1)).body("totals.candidate.held", equalTo(3))
                    .body("totals.exposureAvoided[0].amount", equalTo("200000.00"))
                    .body("gradeChanges.customerId", contains(book.assessedSorted().toArray()))
                    .body("gradeChanges.recordedGrade", contains("B", "B")).body("gradeChanges.candidateGrade", contains("C", "C"))
                    .body("gradeChanges.recordedScore", contains(60, 60)).body("gradeChanges.candidateScore", contains(60, 60))
                    .body("decisionChanges.orderId", contains(book.approvedOrder()))
                    .body("decisionChanges[0].recordedStatus", equalTo("APPROVED"))
                    .body("decisionChanges[0].candidateStatus", equalTo("HOLD"))
                    .body("decisionChanges[0].candidateReasons", contains("above-auto-approval"))
                    .extract();
            assertThat(storedEvents(book.approvedCustomer())).isEqualTo(events);

            String id = created.path("simulationId");
            assertThat(created.header("Location")).endsWith("/api/v1/policy-simulations/" + id);
            String again = as("credit-manager").get(created.header("Location")).then().statusCode(200).extract().asString();
            assertThat(JSON.readTree(again)).isEqualTo(JSON.readTree(created.asString()));
        }

        @Test
        void a_published_looser_policy_would_have_approved_the_held_320000_order() {
            // B approves itself up to 400000.00: the 320000.00 order fits, within the 500000.00 limit
            Book book = Book.record();
            ObjectNode looser = base();
            looser.put("name", "looser");
            grade(looser, "B").put("autoApproveMaxAmount", "400000.00");
            int version = as("credit-manager").body(looser.toString()).post("/api/v1/credit-policies").then().statusCode(201)
                    .extract().path("version");

            as("credit-manager").body(body("policyVersion", version, "customerIds", book.customers())).post(SIMULATIONS).then()
                    .statusCode(201)
                    .body("candidate.policy.source", equalTo("PUBLISHED")).body("candidate.policy.version", equalTo(version))
                    .body("candidate.policy.name", equalTo("looser")).body("candidate.policy.definition", nullValue())
                    .body("grades.grade", contains("B", null))
                    .body("grades[0].customers", equalTo(2)).body("grades[0].checks", equalTo(2))
                    .body("grades[0].recorded.approved", equalTo(1)).body("grades[0].recorded.held", equalTo(1))
                    .body("grades[0].candidate.approved", equalTo(2)).body("grades[0].candidate.held", equalTo(0))
                    .body("grades[0].ordersNoLongerApproved", equalTo(0)).body("grades[0].exposureAvoided", empty())
                    .body("grades[0].ordersNewlyApproved", equalTo(1))
                    .body("grades[0].exposureAdded[0].amount", equalTo("320000.00"))
                    .body("totals.exposureAdded[0].amount", equalTo("320000.00"))
                    .body("gradeChanges", empty())
                    .body("decisionChanges.orderId", contains(book.heldOrder()))
                    .body("decisionChanges[0].candidateStatus", equalTo("APPROVED"));
        }

        @Test
        void an_inline_scorecard_scores_the_recorded_facts_again() {
            // neutral points 40: 20 x 100 + 80 x 40 = 5200 -> 52, C under the base the assessments recorded (C from 50)
            String customer = gradeBWithLimit();
            String order = check(customer, "200000.00", "APPROVED");
            ObjectNode scorecard;
            try {
                scorecard = (ObjectNode) JSON.readTree(CreditApi.defaultScorecard());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            scorecard.put("name", "neutral 40");
            scorecard.putObject("missingData").put("rule", "NEUTRAL_POINTS").put("neutralPoints", 40);

            as("credit-manager").body(body("scorecard", scorecard, "customerIds", List.of(customer))).post(SIMULATIONS).then()
                    .statusCode(201)
                    .body("candidate.scorecard.source", equalTo("INLINE")).body("candidate.policy.source", equalTo("RECORDED"))
                    .body("assessments.replayed", equalTo(1)).body("assessments.rescored", equalTo(1))
                    .body("gradeChanges[0].recordedScore", equalTo(60)).body("gradeChanges[0].recordedGrade", equalTo("B"))
                    .body("gradeChanges[0].candidateScore", equalTo(52)).body("gradeChanges[0].candidateGrade", equalTo("C"))
                    .body("gradeChanges[0].rescored", equalTo(true))
                    .body("decisionChanges.orderId", contains(order))
                    .body("totals.exposureAvoided[0].amount", equalTo("200000.00"));
        }

        @Test
        void from_after_the_decisions_replays_none_of_them_but_the_assessment_in_force() {
            String customer = gradeBWithLimit();
            check(customer, "200000.00", "APPROVED");

            as("credit-analyst").body(body("policy", base(), "customerIds", List.of(customer), "from", "2013-03-16")).post(SIMULATIONS)
                    .then().statusCode(201)
                    .body("from", equalTo("2013-03-16")).body("to", nullValue())
                    .body("assessments.replayed", equalTo(0)).body("assessments.inForceAtFrom", equalTo(1))
                    .body("totals.customers", equalTo(0)).body("totals.checks", equalTo(0)).body("grades", empty());
        }

        @Test
        void without_customer_ids_the_whole_recorded_history_is_replayed() {
            String customer = gradeBWithLimit();
            check(customer, "200000.00", "APPROVED");
            ObjectNode stricter = policy("stricter", p -> {
                grade(p, "B").put("minScore", 65);
                grade(p, "C").put("minScore", 50);
            });

            as("credit-manager").body(body("policy", stricter)).post(SIMULATIONS).then().statusCode(201)
                    .body("customerIds", nullValue())
                    .body("totals.checks", greaterThanOrEqualTo(1))
                    .body("gradeChanges.customerId", hasItem(customer))
                    .body("decisionChanges.customerId", hasItem(customer));
        }
    }

    @Nested
    class BadInput {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "{}                                                    | 400 | nothing-to-compare           | ",
                "{\"from\":\"2013-01-01\"}                             | 400 | nothing-to-compare           | ",
                "{\"policyVersion\":999999}                            | 422 | unknown-credit-policy-version | policyVersion",
                "{\"scorecardVersion\":999999}                         | 422 | unknown-scorecard-version    | scorecardVersion",
                "{\"policyVersion\":1,\"from\":\"2013-02-30\"}         | 400 | invalid-field                | from",
                "{\"policyVersion\":1,\"to\":\"15.03.2013\"}           | 400 | invalid-field                | to",
                "{\"policyVersion\":1,\"from\":\"2013-03-15\",\"to\":\"2013-03-14\"} | 400 | invalid-field  | to",
                "{\"policyVersion\":1,\"customerIds\":[]}              | 400 | invalid-field                | customerIds",
                "{\"policyVersion\":1,\"customerIds\":[\"A/B\"]}       | 400 | invalid-field                | customerIds[0]",
                "{\"policyVersion\":\"one\"}                           | 400 | malformed-json               | ",
                "{\"policyVersion\":1,\"policy\":{}}                   | 400 | invalid-field                | policy",
                "{\"scorecardVersion\":1,\"scorecard\":{}}             | 400 | invalid-field                | scorecard",
        })
        void is_refused_with_a_problem_and_nothing_is_stored(String body, int status, String type, String field) throws Exception {
            long stored = simulationsStored();
            as("credit-analyst").body(body).post(SIMULATIONS).then().statusCode(status).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/" + type)).body("field", equalTo(field));
            assertThat(simulationsStored()).isEqualTo(stored);
        }

        @Test
        void an_invalid_inline_policy_names_the_field_at_fault() {
            ObjectNode noGradeFromZero = policy("broken", p -> grade(p, "D").put("minScore", 10));
            as("credit-manager").body(body("policy", noGradeFromZero)).post(SIMULATIONS).then().statusCode(400)
                    .body("field", equalTo("policy.grades"));
        }

        @Test
        void an_unknown_simulation_is_not_found() {
            as("credit-analyst").get(SIMULATIONS + "/{id}", UUID.randomUUID().toString()).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/policy-simulation-not-found"));
            as("credit-analyst").get(SIMULATIONS + "/{id}", "not-a-uuid").then().statusCode(404);
        }
    }

    @Test
    void the_endpoints_are_described() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/policy-simulations'.post.responses.'201'", notNullValue())
                .body("paths.'/api/v1/policy-simulations'.post.responses.'422'", notNullValue())
                .body("paths.'/api/v1/policy-simulations/{id}'.get.responses.'404'", notNullValue());
    }

    @Nested
    class Roles {

        @Test
        void only_credit_managers_and_analysts_simulate_and_read_simulations() {
            String body = body("policyVersion", 1, "customerIds", List.of("PSIM-role"));
            for (String role : List.of("sales", "finance", "collector", "ops")) {
                as(role).body(body).post(SIMULATIONS).then().statusCode(403).contentType("application/problem+json");
            }
            given().contentType("application/json").body(body).post(SIMULATIONS).then().statusCode(401);
            String location = as("credit-manager").body(body).post(SIMULATIONS).then().statusCode(201).extract().header("Location");
            as("finance").get(location).then().statusCode(403);
            given().get(location).then().statusCode(401);
            as("credit-analyst").get(location).then().statusCode(200).body("simulationId", notNullValue());
        }
    }
}
