package io.ledgerline.credit.book;

import static io.ledgerline.credit.CreditApi.as;
import static io.ledgerline.credit.CreditApi.storedEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.CreditApi;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class CreditPolicyResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shipped policy changed by {@code change}, under a name no other test uses. */
    private static String variant(Consumer<ObjectNode> change) throws Exception {
        ObjectNode policy = (ObjectNode) JSON.readTree(as("credit-manager").get("/api/v1/credit-policies/1").asString()).path("policy");
        policy.put("name", "variant " + UUID.randomUUID());
        change.accept(policy);
        return policy.toString();
    }

    private static ObjectNode grade(ObjectNode policy, int index) {
        return (ObjectNode) policy.withArray("grades").get(index);
    }

    @AfterEach
    void defaultPolicyIsCurrentAgain() {
        CreditApi.defaultPolicyIsCurrent();
    }

    @Nested
    class Read {

        @Test
        void the_shipped_policy_grades_by_score_band_with_the_terms_of_each_grade() {
            as("sales").get("/api/v1/credit-policies/1").then().statusCode(200)
                    .body("version", equalTo(1))
                    .body("publishedBy", equalTo("credit-service"))
                    .body("policy.currency", equalTo("CNY"))
                    .body("policy.minimumScoreToTrade", equalTo(40))
                    .body("policy.grades", hasSize(4))
                    .body("policy.grades.grade", org.hamcrest.Matchers.contains("A", "B", "C", "D"))
                    .body("policy.grades.minScore", org.hamcrest.Matchers.contains(90, 75, 60, 0))
                    .body("policy.grades[0].limitMax", equalTo("5000000.00"))
                    .body("policy.grades[0].autoApprove", equalTo(true))
                    .body("policy.grades[0].autoApproveMaxAmount", equalTo("1000000.00"))
                    .body("policy.grades[2].paymentTermsDays", equalTo(30))
                    .body("policy.grades[2].prepaymentShare", equalTo("0.30"))
                    .body("policy.grades[3].prepaymentShare", equalTo("1.00"));
        }

        @Test
        void the_current_policy_has_the_shipped_content() {
            as("collector").get("/api/v1/credit-policies/current").then().statusCode(200)
                    .body("policy.grades.minScore", org.hamcrest.Matchers.contains(90, 75, 60, 0))
                    .body("policy.minimumScoreToTrade", equalTo(40));
        }

        @Test
        void an_unpublished_or_malformed_version_is_a_problem() {
            as("sales").get("/api/v1/credit-policies/9999").then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/credit-policy-not-found"));
            as("sales").get("/api/v1/credit-policies/next").then().statusCode(400).contentType("application/problem+json")
                    .body("field", equalTo("version"));
        }

        @Test
        void credit_finance_sales_collectors_and_ops_read_it_others_do_not() {
            as("ops").get("/api/v1/credit-policies/current").then().statusCode(200);
            given().get("/api/v1/credit-policies/current").then().statusCode(401).contentType("application/problem+json");
            as("erp-integration").get("/api/v1/credit-policies/current").then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Nested
    class Publish {

        @Test
        void a_credit_manager_publishes_the_next_version_and_it_becomes_current() throws Exception {
            String body = variant(p -> p.put("minimumScoreToTrade", 55));
            int version = as("credit-manager").body(body).post("/api/v1/credit-policies").then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/credit-policies/\\d+"))
                    .body("policy.minimumScoreToTrade", equalTo(55)).extract().path("version");
            as("sales").get("/api/v1/credit-policies/current").then().body("version", equalTo(version))
                    .body("policy.minimumScoreToTrade", equalTo(55));
            long events = storedEvents("credit-policies");
            as("credit-manager").body(body).post("/api/v1/credit-policies").then().statusCode(200).body("version", equalTo(version));
            assertThat(storedEvents("credit-policies")).isEqualTo(events);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "limit upside down      | grades[1].limitMax        | 1 | limitMin  | 2000000.00",
                "prepayment above one   | grades[3].prepaymentShare | 3 | prepaymentShare | 1.50",
                "no grade from zero     | grades                    | 3 | minScore  | 10",
                "two grades at 75       | grades[2].minScore        | 2 | minScore  | 75",
                "negative terms         | grades[0].paymentTermsDays| 0 | paymentTermsDays | -1"})
        void an_unsound_policy_is_refused_and_nothing_is_stored(String rule, String field, int index, String key, String value)
                throws Exception {
            String body = variant(p -> {
                if (key.equals("minScore") || key.equals("paymentTermsDays")) {
                    grade(p, index).put(key, Integer.parseInt(value));
                } else {
                    grade(p, index).put(key, value);
                }
            });
            long events = storedEvents("credit-policies");
            as("credit-manager").body(body).post("/api/v1/credit-policies").then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-field")).body("field", equalTo(field.strip()));
            assertThat(storedEvents("credit-policies")).isEqualTo(events);
        }

        @Test
        void only_a_credit_manager_publishes() throws Exception {
            String body = variant(p -> { });
            given().contentType(ContentType.JSON).body(body).post("/api/v1/credit-policies").then().statusCode(401);
            as("credit-analyst").body(body).post("/api/v1/credit-policies").then().statusCode(403).contentType("application/problem+json");
        }
    }
}
