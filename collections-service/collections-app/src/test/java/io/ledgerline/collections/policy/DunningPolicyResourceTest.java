package io.ledgerline.collections.policy;

import static io.ledgerline.collections.CollectionsApi.as;
import static io.ledgerline.collections.CollectionsApi.storedEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.collections.CollectionsApi;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "collections"))
class DunningPolicyResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLISHED = "ledgerline.collections.DunningPolicyPublished.v1";

    @BeforeEach
    @AfterEach
    void theDefaultIsCurrent() {
        CollectionsApi.defaultPolicyIsCurrent();
    }

    /** The shipped default with its first step five days before the due date instead of seven. */
    private static ObjectNode variant() throws Exception {
        ObjectNode policy = (ObjectNode) JSON.readTree(as("finance").get("/api/v1/dunning-policies/1").then().statusCode(200)
                .extract().asString()).path("policy");
        ((ObjectNode) policy.path("ladders").path(0).path("steps").path(0)).put("dayOffset", -5);
        return policy;
    }

    @Nested
    class Read {

        @Test
        void every_role_that_follows_dunning_reads_the_current_version() {
            for (String role : List.of("collector", "finance", "sales", "credit-manager", "ops")) {
                as(role).get("/api/v1/dunning-policies/current").then().statusCode(200)
                        .body("current", equalTo(true))
                        .body("policy.ladders[0].name", equalTo("standard"))
                        .body("policy.ladders[0].steps[0].dayOffset", equalTo(-7))
                        .body("policy.ladders[1].grades", equalTo(List.of("C", "D")))
                        .body("policy.minimumBalances[0].amount", equalTo("100.00"));
            }
        }

        @Test
        void version_1_is_the_shipped_default_published_by_the_service() {
            as("collector").get("/api/v1/dunning-policies/1").then().statusCode(200)
                    .body("version", equalTo(1)).body("publishedBy", equalTo("collections-service"))
                    .body("policy.name", equalTo("Ledgerline default dunning policy"))
                    .body("policy.ladders[0].steps[6].action", equalTo("ESCALATE_LEGAL"));
        }

        @Test
        void a_version_that_is_not_a_positive_number_is_400_and_an_unknown_one_404() {
            as("finance").get("/api/v1/dunning-policies/0").then().statusCode(400).contentType("application/problem+json")
                    .body("field", equalTo("version"));
            as("finance").get("/api/v1/dunning-policies/abc").then().statusCode(400).body("field", equalTo("version"));
            as("finance").get("/api/v1/dunning-policies/99999").then().statusCode(404)
                    .body("type", equalTo("https://ledgerline.io/problems/dunning-policy-not-found"));
        }

        @Test
        void other_roles_are_403_and_no_token_401() {
            as("erp-integration").get("/api/v1/dunning-policies/current").then().statusCode(403).contentType("application/problem+json");
            as("credit-analyst").get("/api/v1/dunning-policies/1").then().statusCode(403);
            given().get("/api/v1/dunning-policies/current").then().statusCode(401);
        }
    }

    @Nested
    class Publish {

        @Test
        void finance_publishes_a_new_version_that_is_current_and_the_same_again_publishes_nothing() throws Exception {
            long before = storedEvents("dunning-policies", PUBLISHED);
            ObjectNode policy = variant();
            int version = as("finance").body(policy.toString()).post("/api/v1/dunning-policies").then().statusCode(201)
                    .header("Location", startsWith("http")).body("publishedBy", equalTo("finance-user")).body("current", equalTo(true))
                    .body("policy.ladders[0].steps[0].dayOffset", equalTo(-5)).extract().path("version");
            as("collector").get("/api/v1/dunning-policies/current").then().statusCode(200).body("version", equalTo(version));
            as("credit-manager").body(policy.toString()).post("/api/v1/dunning-policies").then().statusCode(200)
                    .body("version", equalTo(version));
            assertThat(storedEvents("dunning-policies", PUBLISHED)).isEqualTo(before + 1);
            as("finance").get("/api/v1/dunning-policies/1").then().body("current", equalTo(false));
        }

        @Test
        void a_credit_manager_publishes_too() throws Exception {
            ObjectNode policy = variant();
            policy.put("name", "credit's variant");
            as("credit-manager").body(policy.toString()).post("/api/v1/dunning-policies").then().statusCode(201)
                    .body("policy.name", equalTo("credit's variant"));
        }

        @Test
        void an_invalid_policy_is_400_with_its_field_and_stores_nothing() throws Exception {
            long before = storedEvents("dunning-policies", PUBLISHED);
            ObjectNode policy = variant();
            ((ObjectNode) policy.path("ladders").path(0).path("steps").path(1)).put("dayOffset", -9);
            as("finance").body(policy.toString()).post("/api/v1/dunning-policies").then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("https://ledgerline.io/problems/invalid-field"))
                    .body("field", equalTo("ladders[0].steps[1].dayOffset"));
            ObjectNode noDefault = variant();
            ((com.fasterxml.jackson.databind.node.ArrayNode) noDefault.path("ladders").path(0).path("grades")).remove(2);
            as("finance").body(noDefault.toString()).post("/api/v1/dunning-policies").then().statusCode(400)
                    .body("field", equalTo("ladders"));
            assertThat(storedEvents("dunning-policies", PUBLISHED)).isEqualTo(before);
        }

        @Test
        void a_misspelt_key_an_empty_body_and_malformed_json_are_400() throws Exception {
            ObjectNode policy = variant();
            ObjectNode step = (ObjectNode) policy.path("ladders").path(0).path("steps").path(2);
            step.put("dayOfset", step.path("dayOffset").asInt());
            step.remove("dayOffset");
            as("finance").body(policy.toString()).post("/api/v1/dunning-policies").then().statusCode(400)
                    .body("field", equalTo("ladders[0].steps[2].dayOfset"));
            as("finance").body("").post("/api/v1/dunning-policies").then().statusCode(400).contentType("application/problem+json");
            as("finance").body("{\"name\":").post("/api/v1/dunning-policies").then().statusCode(400).contentType("application/problem+json");
        }

        @Test
        void a_collector_sales_or_ops_may_not_publish() throws Exception {
            String policy = variant().toString();
            for (String role : List.of("collector", "sales", "ops")) {
                as(role).body(policy).post("/api/v1/dunning-policies").then().statusCode(403);
            }
            given().contentType(ContentType.JSON).body(policy).post("/api/v1/dunning-policies").then().statusCode(401);
        }
    }
}
