package io.ledgerline.credit.profile;

import static io.ledgerline.credit.CreditApi.as;
import static io.ledgerline.credit.CreditApi.storedEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.CreditApi;
import io.ledgerline.credit.api.CreditTopics;
import io.ledgerline.credit.customer.CustomerEvents;
import io.ledgerline.customer.api.v1.RiskSignalRecorded;
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
class CreditProfileResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** X1 0.2, X2 0.1333, X3 0.075, X4 0.7143: Z'' 3.0007, safe. */
    static final String STATEMENT = """
            {"periodEnd":"2012-12-31","currency":"CNY","workingCapital":"1200000.00","retainedEarnings":"800000.00",
             "ebit":"450000.00","bookEquity":"2500000.00","totalAssets":"6000000.00","totalLiabilities":"3500000.00",
             "sales":"9000000.00"}""";

    private static String unique() {
        return "CR-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String with(String override) throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(STATEMENT);
        body.setAll((ObjectNode) JSON.readTree("{" + override + "}"));
        return body.toString();
    }

    @BeforeEach
    void theDefaultScorecardIsCurrent() {
        // Scorecard and policy tests publish other versions; every score below is computed by hand with the default.
        CreditApi.defaultScorecardIsCurrent();
        CreditApi.defaultPolicyIsCurrent();
    }

    @Nested
    class FinancialStatements {

        @Test
        void a_credit_analyst_records_a_statement_and_it_is_published() throws Exception {
            String id = unique();
            as("credit-analyst").body(STATEMENT).post("/api/v1/customers/{id}/financial-statements", id).then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.containsString("/api/v1/customers/" + id + "/financial-statements/"))
                    .body("customerId", equalTo(id)).body("periodEnd", equalTo("2012-12-31"))
                    .body("totalAssets", equalTo("6000000.00")).body("submittedBy", equalTo("credit-analyst-user"));
            List<ConsumerRecord<String, String>> ours = TestTopics.readUntil(CreditTopics.EVENTS,
                    read -> read.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30))
                    .stream().filter(r -> id.equals(r.key())).toList();
            assertThat(ours).hasSize(1);
            JsonNode envelope = JSON.readTree(ours.get(0).value());
            assertThat(envelope.path("type").asText()).isEqualTo("ledgerline.credit.FinancialStatementSubmitted.v1");
            assertThat(envelope.path("data").path("ebit").asText()).isEqualTo("450000.00");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "no assets            | totalAssets      | \"totalAssets\":\"0\"",
                "no liabilities       | totalLiabilities | \"totalLiabilities\":\"-5.00\"",
                "negative sales       | sales            | \"sales\":\"-1.00\"",
                "three decimals       | workingCapital   | \"workingCapital\":\"12.345\"",
                "not a number         | ebit             | \"ebit\":\"lots\"",
                "missing amount       | retainedEarnings | \"retainedEarnings\":null",
                "unknown currency     | currency         | \"currency\":\"XYZ\"",
                "period not ended yet | periodEnd        | \"periodEnd\":\"2013-12-31\"",
                "not a date           | periodEnd        | \"periodEnd\":\"31/12/2012\""})
        void bad_input_is_refused_with_the_field_and_nothing_is_stored(String rule, String field, String override) throws Exception {
            String id = unique();
            as("credit-analyst").body(with(override)).post("/api/v1/customers/{id}/financial-statements", id)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-field")).body("field", equalTo(field.strip()));
            assertThat(storedEvents(id)).isZero();
        }

        @Test
        void malformed_json_is_refused() {
            as("credit-analyst").body("{\"periodEnd\":").post("/api/v1/customers/{id}/financial-statements", unique())
                    .then().statusCode(400).contentType("application/problem+json");
        }

        @Test
        void only_credit_analysts_record_statements() {
            String id = unique();
            given().contentType(ContentType.JSON).body(STATEMENT).post("/api/v1/customers/{id}/financial-statements", id)
                    .then().statusCode(401);
            as("credit-manager").body(STATEMENT).post("/api/v1/customers/{id}/financial-statements", id).then().statusCode(403);
            as("sales").body(STATEMENT).post("/api/v1/customers/{id}/financial-statements", id).then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Nested
    class Assessments {

        @Test
        void a_customer_nothing_is_known_of_scores_the_neutral_50_with_everything_listed_missing() {
            String id = unique();
            given().header("Authorization", io.ledgerline.testkit.TestTokens.bearer("credit-manager"))
                    .post("/api/v1/customers/{id}/assessments", id).then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/customers/" + id + "/credit"))
                    .body("score", equalTo(50)).body("grade", equalTo("D")).body("tradeAllowed", equalTo(true))
                    .body("coverage", equalTo("0.00")).body("missingDataRule", equalTo("NEUTRAL_POINTS"))
                    .body("missingData", hasSize(13)).body("contributions", hasSize(13))
                    .body("contributions[0].points", nullValue()).body("contributions[0].contribution", equalTo("3.00"))
                    .body("assessedBy", equalTo("credit-manager-user")).body("assessedOn", equalTo("2013-03-15"))
                    .body("policyVersion", equalTo(CreditApi.currentPolicyVersion()))
                    .body("terms.grade", equalTo("D")).body("terms.prepaymentShare", equalTo("1.00"))
                    .body("terms.limitMax", equalTo("50000.00")).body("terms.currency", equalTo("CNY"));
        }

        @Test
        void a_statement_alone_scores_z_double_prime_safe_60_grade_c() {
            // 20 x 100 + 80 x 50 (neutral) = 6000 -> 60
            String id = unique();
            as("credit-analyst").body(STATEMENT).post("/api/v1/customers/{id}/financial-statements", id).then().statusCode(201);
            as("credit-analyst").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201)
                    .body("score", equalTo(60)).body("grade", equalTo("C")).body("coverage", equalTo("20.00"))
                    .body("contributions.find { it.factor == 'altman-z' }.points", equalTo(100))
                    .body("contributions.find { it.factor == 'altman-z' }.contribution", equalTo("20.00"))
                    .body("contributions.find { it.factor == 'altman-z' }.inputs.model", equalTo("Z''"))
                    .body("contributions.find { it.factor == 'altman-z' }.inputs.z", equalTo("3.0007"))
                    .body("contributions.find { it.factor == 'altman-z' }.inputs.industry", equalTo("unknown"))
                    .body("terms.paymentTermsDays", equalTo(30)).body("terms.autoApprove", equalTo(false));
        }

        @Test
        void customer_facts_from_the_customer_topic_and_a_statement_score_by_hand() throws Exception {
            // known: 6x40 + 4x80 + 4x60 + 20x100 + 19x35 = 3465; trading and payments missing, 47 x 50 = 2350 -> 58.15 -> 58
            String id = unique();
            CustomerEvents.publish(CustomerEvents.registered(id), 0);
            List<RiskSignalRecorded> signals = CustomerEvents.threeSignals(id);
            for (int i = 0; i < signals.size(); i++) {
                CustomerEvents.publish(signals.get(i), i + 1);
            }
            as("credit-analyst").body(STATEMENT).post("/api/v1/customers/{id}/financial-statements", id).then().statusCode(201);
            String assessmentId = as("credit-analyst").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201)
                    .body("score", equalTo(58)).body("grade", equalTo("D")).body("tradeAllowed", equalTo(true))
                    .body("coverage", equalTo("53.00")).body("missingData", hasSize(8))
                    .body("contributions.find { it.factor == 'years-since-founding' }.points", equalTo(40))
                    .body("contributions.find { it.factor == 'years-since-founding' }.inputs.yearsSinceFounding", equalTo("3"))
                    .body("contributions.find { it.factor == 'registered-capital' }.points", equalTo(80))
                    .body("contributions.find { it.factor == 'ownership-type' }.inputs.ownershipType", equalTo("PRIVATE"))
                    .body("contributions.find { it.factor == 'reputation' }.inputs.reputationPenalty", equalTo("8.35"))
                    .body("contributions.find { it.factor == 'reputation' }.contribution", equalTo("6.65"))
                    .body("contributions.find { it.factor == 'altman-z' }.inputs.industry", equalTo("WHOLESALE"))
                    .body("missingData.factor", org.hamcrest.Matchers.hasItems("average-days-late", "months-of-relationship"))
                    .extract().path("assessmentId");

            as("sales").get("/api/v1/customers/{id}/credit", id).then().statusCode(200)
                    .body("assessmentId", equalTo(assessmentId)).body("score", equalTo(58)).body("grade", equalTo("D"));

            // 58 is below the default policy's insuranceReferralBelowScore of 60: a referral, nothing invoiced to cover
            List<ConsumerRecord<String, String>> ours = TestTopics.readUntil(CreditTopics.EVENTS,
                    read -> read.stream().filter(r -> id.equals(r.key())).count() >= 3, Duration.ofSeconds(30))
                    .stream().filter(r -> id.equals(r.key())).toList();
            assertThat(ours).extracting(r -> JSON.readTree(r.value()).path("type").asText()).containsExactly(
                    "ledgerline.credit.FinancialStatementSubmitted.v1", "ledgerline.credit.CustomerAssessed.v1",
                    "ledgerline.credit.CreditInsuranceReferralRaised.v1");
            JsonNode referral = JSON.readTree(ours.get(2).value()).path("data");
            assertThat(referral.path("score").asInt()).isEqualTo(58);
            assertThat(referral.path("belowScore").asInt()).isEqualTo(60);
            assertThat(referral.path("exposureToCover").isArray()).isTrue();
            assertThat(referral.path("exposureToCover")).isEmpty();
            JsonNode assessed = JSON.readTree(ours.get(1).value()).path("data");
            assertThat(assessed.path("score").asInt()).isEqualTo(58);
            assertThat(assessed.path("scorecardVersion").asInt()).isPositive();
            assertThat(assessed.path("policyVersion").asInt()).isEqualTo(CreditApi.currentPolicyVersion());
        }

        @Test
        void the_latest_assessment_is_the_credit_of_the_customer() {
            String id = unique();
            as("credit-analyst").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201).body("score", equalTo(50));
            as("credit-analyst").body(STATEMENT).post("/api/v1/customers/{id}/financial-statements", id).then().statusCode(201);
            String second = as("credit-analyst").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201)
                    .extract().path("assessmentId");
            as("collector").get("/api/v1/customers/{id}/credit", id).then().statusCode(200)
                    .body("assessmentId", equalTo(second)).body("score", equalTo(60)).body("grade", equalTo("C"));
        }

        @Test
        void a_customer_never_assessed_has_no_credit() {
            as("finance").get("/api/v1/customers/{id}/credit", unique()).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/customer-not-assessed"));
        }

        @Test
        void an_id_longer_than_100_characters_is_refused() {
            as("credit-analyst").post("/api/v1/customers/{id}/assessments", "X".repeat(101)).then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo("id"));
        }

        @Test
        void only_credit_analysts_and_managers_assess_and_only_credit_finance_sales_collectors_read() {
            String id = unique();
            given().post("/api/v1/customers/{id}/assessments", id).then().statusCode(401);
            as("sales").post("/api/v1/customers/{id}/assessments", id).then().statusCode(403).contentType("application/problem+json");
            as("finance").post("/api/v1/customers/{id}/assessments", id).then().statusCode(403);
            as("erp-integration").get("/api/v1/customers/{id}/credit", id).then().statusCode(403);
            given().get("/api/v1/customers/{id}/credit", id).then().statusCode(401);
        }
    }
}
