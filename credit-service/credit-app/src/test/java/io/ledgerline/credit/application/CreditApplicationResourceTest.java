package io.ledgerline.credit.application;

import static io.ledgerline.credit.CreditApi.GRADE_C_STATEMENT;
import static io.ledgerline.credit.CreditApi.as;
import static io.ledgerline.credit.CreditApi.storedEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class CreditApplicationResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String unique() {
        return "CA-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String gradeC() {
        String id = unique();
        as("credit-analyst").body(GRADE_C_STATEMENT).post("/api/v1/customers/{id}/financial-statements", id).then().statusCode(201);
        as("credit-analyst").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201)
                .body("score", equalTo(60)).body("grade", equalTo("C"));
        return id;
    }

    private static String application(String customerId, String amount, String currency, int days, String share) {
        return "{\"customerId\":\"" + customerId + "\",\"requestedLimit\":{\"amount\":\"" + amount + "\",\"currency\":\"" + currency
                + "\"},\"paymentTermsDays\":" + days + (share == null ? "" : ",\"prepaymentShare\":\"" + share + "\"") + "}";
    }

    private static String pending(String role, String customerId) {
        return as(role).body(application(customerId, "400000.00", "CNY", 45, "0.30")).post("/api/v1/credit-applications")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().path("applicationId");
    }

    @BeforeEach
    void theDefaultPolicyIsCurrent() {
        // other tests publish other versions; every evaluation below is computed by hand with the defaults
        CreditApi.defaultScorecardIsCurrent();
        CreditApi.defaultPolicyIsCurrent();
    }

    @Nested
    class Submission {

        @Test
        void within_grade_c_it_is_granted_at_once_assigns_the_limit_and_is_published() throws Exception {
            String customer = gradeC();
            String id = as("sales").body(application(customer, "200000.00", "CNY", 30, "0.30")).post("/api/v1/credit-applications")
                    .then().statusCode(201).contentType(ContentType.JSON)
                    .header("Location", containsString("/api/v1/credit-applications/"))
                    .body("status", equalTo("GRANTED")).body("customerId", equalTo(customer))
                    .body("requestedLimit.amount", equalTo("200000.00")).body("requestedLimit.currency", equalTo("CNY"))
                    .body("requestedBy", equalTo("sales-user")).body("submittedOn", equalTo("2013-03-15"))
                    .body("reasons", empty())
                    .body("evaluation.withinPolicy", equalTo(true)).body("evaluation.score", equalTo(60))
                    .body("evaluation.grade", equalTo("C")).body("evaluation.policyVersion", equalTo(CreditApi.currentPolicyVersion()))
                    .body("evaluation.checks", hasSize(6))
                    .body("evaluation.checks.find { it.rule == 'limit-range' }.detail",
                            equalTo("200000.00 CNY is within grade C's range 50000.00 to 300000.00 CNY"))
                    .body("decision.outcome", equalTo("GRANTED")).body("decision.automatic", equalTo(true))
                    .body("decision.decidedBy", equalTo("credit-service"))
                    .body("decision.reason", containsString("within credit policy version"))
                    .extract().path("applicationId");

            as("collector").get("/api/v1/customers/{id}/credit-limit", customer).then().statusCode(200)
                    .body("limit.amount", equalTo("200000.00")).body("limit.currency", equalTo("CNY"))
                    .body("paymentTermsDays", equalTo(30)).body("prepaymentShare", equalTo("0.30"))
                    .body("applicationId", equalTo(id)).body("assignedBy", equalTo("credit-service"))
                    .body("assignedOn", equalTo("2013-03-15"));
            as("sales").get("/api/v1/customers/{id}/credit", customer).then().statusCode(200).body("grade", equalTo("C"));

            List<ConsumerRecord<String, String>> ours = TestTopics.readUntil(CreditTopics.EVENTS,
                    read -> read.stream().filter(r -> customer.equals(r.key())).count() == 5, Duration.ofSeconds(30))
                    .stream().filter(r -> customer.equals(r.key())).toList();
            assertThat(ours).extracting(r -> JSON.readTree(r.value()).path("type").asText()).containsExactly(
                    "ledgerline.credit.FinancialStatementSubmitted.v1", "ledgerline.credit.CustomerAssessed.v1",
                    "ledgerline.credit.CreditApplicationSubmitted.v1", "ledgerline.credit.CreditApplicationGranted.v1",
                    "ledgerline.credit.CreditLimitAssigned.v1");
            assertThat(JSON.readTree(ours.get(4).value()).path("data").path("limit").path("amount").asText()).isEqualTo("200000.00");
        }

        @Test
        void outside_the_policy_it_waits_with_each_reason_and_assigns_nothing() {
            String customer = gradeC();
            as("credit-analyst").body(application(customer, "400000.00", "CNY", 45, null)).post("/api/v1/credit-applications")
                    .then().statusCode(201).body("status", equalTo("PENDING")).body("prepaymentShare", equalTo("0.00"))
                    .body("reasons", contains("400000.00 CNY is above grade C's range 50000.00 to 300000.00 CNY",
                            "45 days is longer than grade C's 30 days", "prepayment share 0.00 is below grade C's 0.30"))
                    .body("decision", nullValue());
            as("sales").get("/api/v1/customers/{id}/credit-limit", customer).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("https://ledgerline.io/problems/no-credit-limit"));
        }

        @Test
        void a_customer_never_assessed_waits_as_not_assessed() {
            String customer = unique();
            as("sales").body(application(customer, "10000.00", "CNY", 0, "1.00")).post("/api/v1/credit-applications")
                    .then().statusCode(201).body("status", equalTo("PENDING"))
                    .body("reasons", contains("customer " + customer
                            + " has not been assessed: there is no score or grade to hold the application against"))
                    .body("evaluation.assessmentId", nullValue()).body("evaluation.policyVersion", equalTo(CreditApi.currentPolicyVersion()));
        }

        @Test
        void an_application_id_makes_it_idempotent_and_cannot_be_reused_for_another_request() throws Exception {
            String customer = gradeC();
            String id = UUID.randomUUID().toString();
            String body = application(customer, "400000.00", "CNY", 30, "0.30").replace("{", "{\"applicationId\":\"" + id + "\",");
            as("sales").body(body).post("/api/v1/credit-applications").then().statusCode(201)
                    .header("Location", endsWith("/api/v1/credit-applications/" + id)).body("applicationId", equalTo(id));
            as("sales").body(body.replace("400000.00", "400000")).post("/api/v1/credit-applications").then().statusCode(200)
                    .body("applicationId", equalTo(id)).body("status", equalTo("PENDING")).body("requestedLimit.amount", equalTo("400000.00"));
            assertThat(storedEvents(id)).isEqualTo(1);
            as("sales").body(body.replace("400000.00", "450000.00")).post("/api/v1/credit-applications").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/application-id-in-use"));
            assertThat(storedEvents(id)).isEqualTo(1);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "zero limit         | requestedLimit.amount   | \"requestedLimit\":{\"amount\":\"0.00\",\"currency\":\"CNY\"}",
                "negative limit     | requestedLimit.amount   | \"requestedLimit\":{\"amount\":\"-5.00\",\"currency\":\"CNY\"}",
                "three decimals     | requestedLimit.amount   | \"requestedLimit\":{\"amount\":\"12.345\",\"currency\":\"CNY\"}",
                "not a number       | requestedLimit.amount   | \"requestedLimit\":{\"amount\":\"lots\",\"currency\":\"CNY\"}",
                "no limit           | requestedLimit          | \"requestedLimit\":null",
                "unknown currency   | requestedLimit.currency | \"requestedLimit\":{\"amount\":\"5.00\",\"currency\":\"XYZ\"}",
                "lower-case code    | requestedLimit.currency | \"requestedLimit\":{\"amount\":\"5.00\",\"currency\":\"cny\"}",
                "negative terms     | paymentTermsDays        | \"paymentTermsDays\":-1",
                "terms above a year | paymentTermsDays        | \"paymentTermsDays\":366",
                "no terms           | paymentTermsDays        | \"paymentTermsDays\":null",
                "share above one    | prepaymentShare         | \"prepaymentShare\":\"1.01\"",
                "negative share     | prepaymentShare         | \"prepaymentShare\":\"-0.10\"",
                "no customer        | customerId              | \"customerId\":\" \"",
                "not a uuid         | applicationId           | \"applicationId\":\"first-one\""})
        void bad_input_is_refused_with_the_field_and_nothing_is_stored(String rule, String field, String override) throws Exception {
            String id = UUID.randomUUID().toString();
            String body = "{\"applicationId\":\"" + id + "\",\"customerId\":\"" + unique() + "\",\"requestedLimit\":{\"amount\":"
                    + "\"1000.00\",\"currency\":\"CNY\"},\"paymentTermsDays\":30,\"prepaymentShare\":\"0.30\"}";
            ObjectNode bad = (ObjectNode) JSON.readTree(body);
            bad.setAll((ObjectNode) JSON.readTree("{" + override + "}"));
            as("sales").body(bad.toString()).post("/api/v1/credit-applications").then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-field")).body("field", equalTo(field.strip()));
            assertThat(storedEvents(id)).isZero();
        }

        @Test
        void malformed_json_is_refused() {
            as("sales").body("{\"customerId\":").post("/api/v1/credit-applications").then().statusCode(400)
                    .contentType("application/problem+json");
        }

        @Test
        void only_sales_credit_analysts_and_credit_managers_apply() {
            String body = application(unique(), "1000.00", "CNY", 0, "1.00");
            given().contentType(ContentType.JSON).body(body).post("/api/v1/credit-applications").then().statusCode(401);
            as("finance").body(body).post("/api/v1/credit-applications").then().statusCode(403).contentType("application/problem+json");
            as("collector").body(body).post("/api/v1/credit-applications").then().statusCode(403);
        }
    }

    @Nested
    class Decisions {

        @Test
        void a_credit_manager_approves_with_a_reason_the_limit_is_assigned_and_it_is_decided_once() {
            String customer = gradeC();
            String id = pending("sales", customer);
            as("credit-manager").body("{\"reason\":\"ten years without a late payment\"}")
                    .post("/api/v1/credit-applications/{id}/approval", id).then().statusCode(200)
                    .body("status", equalTo("GRANTED")).body("decision.automatic", equalTo(false))
                    .body("decision.decidedBy", equalTo("credit-manager-user")).body("decision.decidedOn", equalTo("2013-03-15"))
                    .body("decision.reason", equalTo("ten years without a late payment"))
                    .body("evaluation.grade", equalTo("C"));
            as("finance").get("/api/v1/customers/{id}/credit-limit", customer).then().statusCode(200)
                    .body("limit.amount", equalTo("400000.00")).body("paymentTermsDays", equalTo(45))
                    .body("assignedBy", equalTo("credit-manager-user")).body("applicationId", equalTo(id));
            as("credit-manager").body("{\"reason\":\"again\"}").post("/api/v1/credit-applications/{id}/approval", id)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/application-already-decided"));
            as("credit-manager").body("{\"reason\":\"no\"}").post("/api/v1/credit-applications/{id}/rejection", id)
                    .then().statusCode(409).body("type", equalTo("https://ledgerline.io/problems/application-already-decided"));
            as("sales").get("/api/v1/credit-applications/{id}", id).then().statusCode(200).body("status", equalTo("GRANTED"));
        }

        @Test
        void a_credit_manager_rejects_with_a_reason_and_no_limit_is_assigned() {
            String customer = unique();
            String id = pending("credit-analyst", customer);
            as("credit-manager").body("{\"reason\":\"never assessed, no statements\"}")
                    .post("/api/v1/credit-applications/{id}/rejection", id).then().statusCode(200)
                    .body("status", equalTo("REJECTED")).body("decision.outcome", equalTo("REJECTED"))
                    .body("decision.reason", equalTo("never assessed, no statements"));
            as("credit-manager").get("/api/v1/customers/{id}/credit-limit", customer).then().statusCode(404);
            as("credit-manager").body("{\"reason\":\"yes after all\"}").post("/api/v1/credit-applications/{id}/approval", id)
                    .then().statusCode(409);
        }

        @Test
        void the_requester_never_decides_their_own_application() throws Exception {
            String id = pending("credit-manager", gradeC());
            as("credit-manager").body("{\"reason\":\"I know them\"}").post("/api/v1/credit-applications/{id}/approval", id)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/requester-cannot-decide"));
            as("credit-manager").body("{\"reason\":\"withdrawn\"}").post("/api/v1/credit-applications/{id}/rejection", id)
                    .then().statusCode(403).body("type", equalTo("https://ledgerline.io/problems/requester-cannot-decide"));
            as("credit-analyst").get("/api/v1/credit-applications/{id}", id).then().statusCode(200).body("status", equalTo("PENDING"));
            assertThat(storedEvents(id)).isEqualTo(1);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"approval | {\"reason\":\"  \"}", "approval | {}", "rejection | {\"reason\":null}"})
        void a_decision_without_a_reason_is_refused(String decision, String body) throws Exception {
            String id = pending("sales", unique());
            as("credit-manager").body(body).post("/api/v1/credit-applications/{id}/" + decision.strip(), id).then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo("reason"));
            assertThat(storedEvents(id)).isEqualTo(1);
        }

        @Test
        void only_credit_managers_decide() {
            String id = pending("sales", unique());
            String reason = "{\"reason\":\"fine\"}";
            given().contentType(ContentType.JSON).body(reason).post("/api/v1/credit-applications/{id}/approval", id).then().statusCode(401);
            as("credit-analyst").body(reason).post("/api/v1/credit-applications/{id}/approval", id).then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo("https://ledgerline.io/problems/forbidden"));
            as("sales").body(reason).post("/api/v1/credit-applications/{id}/rejection", id).then().statusCode(403);
        }

        @Test
        void an_unknown_or_malformed_application_is_refused() {
            as("credit-manager").body("{\"reason\":\"fine\"}").post("/api/v1/credit-applications/{id}/approval", UUID.randomUUID())
                    .then().statusCode(404).body("type", equalTo("https://ledgerline.io/problems/credit-application-not-found"));
            as("credit-manager").body("{\"reason\":\"fine\"}").post("/api/v1/credit-applications/{id}/rejection", "nope")
                    .then().statusCode(400).body("field", equalTo("id"));
        }
    }

    @Nested
    class Reading {

        @Test
        void pending_applications_of_a_customer_page_in_the_order_submitted() {
            String customer = unique();
            String first = pending("sales", customer);
            String second = pending("sales", customer);
            String third = pending("sales", customer);
            as("credit-manager").body("{\"reason\":\"no\"}").post("/api/v1/credit-applications/{id}/rejection", second)
                    .then().statusCode(200);
            as("credit-manager").get("/api/v1/credit-applications?status=PENDING&customerId={c}&size=1&page=1", customer)
                    .then().statusCode(200).body("page", equalTo(1)).body("size", equalTo(1)).body("totalItems", equalTo(2))
                    .body("totalPages", equalTo(2)).body("items.applicationId", contains(third));
            as("finance").get("/api/v1/credit-applications?customerId={c}", customer).then().statusCode(200)
                    .body("size", equalTo(50)).body("items.applicationId", contains(first, second, third))
                    .body("items.status", contains("PENDING", "REJECTED", "PENDING"));
            as("sales").get("/api/v1/credit-applications?status=PENDING&size=200").then().statusCode(200)
                    .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("PENDING")));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"status | status=OPEN", "size | size=201", "size | size=0", "page | page=-1",
                "page | page=x"})
        void bad_parameters_are_refused(String field, String query) {
            as("credit-manager").get("/api/v1/credit-applications?" + query).then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("https://ledgerline.io/problems/invalid-parameter"))
                    .body("field", equalTo(field.strip()));
        }

        @Test
        void an_unknown_application_is_not_found_and_a_malformed_id_is_refused() {
            as("sales").get("/api/v1/credit-applications/{id}", UUID.randomUUID()).then().statusCode(404)
                    .contentType("application/problem+json");
            as("sales").get("/api/v1/credit-applications/{id}", "CA-1").then().statusCode(400).body("field", equalTo("id"));
        }

        @Test
        void who_reads_applications_and_limits() {
            String id = pending("sales", unique());
            given().get("/api/v1/credit-applications/{id}", id).then().statusCode(401);
            as("collector").get("/api/v1/credit-applications/{id}", id).then().statusCode(403).contentType("application/problem+json");
            as("collector").get("/api/v1/credit-applications").then().statusCode(403);
            as("erp-integration").get("/api/v1/customers/{id}/credit-limit", unique()).then().statusCode(403);
            given().get("/api/v1/customers/{id}/credit-limit", unique()).then().statusCode(401);
            as("sales").get("/api/v1/customers/{id}/credit-limit", "X".repeat(101)).then().statusCode(400).body("field", equalTo("id"));
        }
    }
}
