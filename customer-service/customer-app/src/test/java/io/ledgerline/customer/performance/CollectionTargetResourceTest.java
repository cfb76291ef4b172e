package io.ledgerline.customer.performance;

import static io.ledgerline.customer.performance.SalesTeamResourceTest.as;
import static io.ledgerline.customer.performance.SalesTeamResourceTest.storedEvents;
import static io.ledgerline.customer.performance.SalesTeamResourceTest.team;
import static io.ledgerline.customer.performance.SalesTeamResourceTest.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.customer.api.CustomerTopics;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class CollectionTargetResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TERMS = "{\"currency\":\"CNY\",\"collect\":\"150000.00\",\"maxOverdueRatio\":\"0.15\",\"maxDso\":\"45\"}";
    private static final String PATH = "/api/v1/collection-targets/{period}/{scope}/{scopeId}";

    @Nested
    class SetTarget {

        @Test
        void a_first_target_is_created_by_the_caller_and_published_keyed_by_the_target() throws Exception {
            String owner = unique("wang.li");
            String targetId = "2026-11/sales-owner/" + owner;
            as("finance").body(TERMS).put(PATH, "2026-11", "sales-owner", owner)
                    .then().statusCode(201).header("Location", endsWith("/api/v1/collection-targets/" + targetId))
                    .body("targetId", equalTo(targetId)).body("period", equalTo("2026-11")).body("scope", equalTo("sales-owner"))
                    .body("scopeId", equalTo(owner)).body("currency", equalTo("CNY")).body("collect", equalTo("150000.00"))
                    .body("maxOverdueRatio", equalTo("0.15")).body("maxDso", equalTo("45"))
                    .body("setBy", equalTo("finance-user")).body("version", equalTo(1));

            String key = "collection-target/" + targetId;
            List<ConsumerRecord<String, String>> ours = TestTopics.readUntil(CustomerTopics.EVENTS,
                    read -> read.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(30))
                    .stream().filter(r -> key.equals(r.key())).toList();
            assertThat(ours).hasSize(1);
            JsonNode envelope = JSON.readTree(ours.get(0).value());
            assertThat(envelope.path("type").asText()).isEqualTo("ledgerline.customer.CollectionTargetSet.v1");
            assertThat(envelope.has("customerid")).isFalse();
            JsonNode data = envelope.path("data");
            assertThat(data.path("targetId").asText()).isEqualTo(targetId);
            assertThat(data.path("collect").isTextual()).as("amounts travel as strings").isTrue();
            assertThat(data.path("collect").asText()).isEqualTo("150000.00");
            assertThat(data.path("maxOverdueRatio").asText()).isEqualTo("0.15");
            assertThat(data.path("setBy").asText()).isEqualTo("finance-user");
        }

        @Test
        void amounts_are_kept_in_the_currency_minor_unit_and_limits_without_trailing_zeros() {
            String owner = unique("zhao.min");
            as("finance").body("{\"currency\":\"SEK\",\"collect\":\"98000\",\"maxOverdueRatio\":\"0.1500\",\"maxDso\":\"45.50\"}")
                    .put(PATH, "2026-Q4", "sales-owner", owner).then().statusCode(201)
                    .body("collect", equalTo("98000.00")).body("maxOverdueRatio", equalTo("0.15")).body("maxDso", equalTo("45.5"));
            as("finance").body("{\"currency\":\"JPY\",\"collect\":\"5000000\"}")
                    .put(PATH, "2026", "sales-owner", owner).then().statusCode(201)
                    .body("collect", equalTo("5000000")).body("maxOverdueRatio", nullValue()).body("maxDso", nullValue());
        }

        @Test
        void setting_again_replaces_it_as_a_new_version_and_keeps_the_history_the_same_terms_record_nothing() throws Exception {
            String owner = unique("chen.jing");
            String targetId = "2026-Q4/sales-owner/" + owner;
            as("finance").body(TERMS).put(PATH, "2026-Q4", "sales-owner", owner).then().statusCode(201);
            as("finance").body(TERMS.replace("\"45\"", "\"45.00\"")).put(PATH, "2026-Q4", "sales-owner", owner)
                    .then().statusCode(200).body("version", equalTo(1));
            assertThat(storedEvents("collection-target/" + targetId)).isEqualTo(1);

            as("finance").body(TERMS.replace("150000.00", "180000.00")).put(PATH, "2026-Q4", "sales-owner", owner)
                    .then().statusCode(200).body("collect", equalTo("180000.00")).body("version", equalTo(2));
            assertThat(storedEvents("collection-target/" + targetId)).isEqualTo(2);

            as("sales").get(PATH, "2026-Q4", "sales-owner", owner).then().statusCode(200)
                    .body("current.collect", equalTo("180000.00")).body("current.version", equalTo(2))
                    .body("history.collect", contains("180000.00", "150000.00")).body("history.version", contains(2, 1));
            as("collector").queryParam("period", "2026-Q4").get("/api/v1/collection-targets").then().statusCode(200)
                    .body("period", equalTo("2026-Q4"))
                    .body("targets.findAll { it.targetId == '" + targetId + "' }.collect", contains("180000.00"))
                    .body("targets.period", everyItem(equalTo("2026-Q4")));
        }

        @Test
        void a_team_target_needs_the_team_to_be_defined() {
            String id = unique("east");
            as("finance").body(TERMS).put(PATH, "2026-Q4", "team", id)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/unknown-sales-team")).body("field", equalTo("scopeId"));
            as("finance").get(PATH, "2026-Q4", "team", id).then().statusCode(404);

            as("finance").body(team("East", unique("m"))).put("/api/v1/sales-teams/{id}", id).then().statusCode(201);
            as("finance").body(TERMS).put(PATH, "2026-Q4", "team", id).then().statusCode(201)
                    .body("targetId", equalTo("2026-Q4/team/" + id));
            as("credit-manager").get("/api/v1/collection-targets").then().statusCode(200)
                    .body("period", nullValue()).body("targets.targetId", hasItem("2026-Q4/team/" + id));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "month 13           | 2026-13    | sales-owner | period",
                "quarter 5          | 2026-Q5    | sales-owner | period",
                "two-digit year     | 26         | sales-owner | period",
                "a day              | 2026-11-02 | sales-owner | period",
                "lower-case quarter | 2026-q4    | sales-owner | period",
                "unknown scope      | 2026-11    | region      | scope",
                "plural scope       | 2026-11    | teams       | scope"})
        void a_bad_period_or_scope_in_the_path_is_refused(String rule, String period, String scope, String field) {
            as("finance").body(TERMS).put(PATH, period, scope, unique("x"))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-parameter")).body("field", equalTo(field));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "negative amount       | collect         | {\"currency\":\"CNY\",\"collect\":\"-100.00\"}",
                "zero amount           | collect         | {\"currency\":\"CNY\",\"collect\":\"0.00\"}",
                "amount not a number   | collect         | {\"currency\":\"CNY\",\"collect\":\"lots\"}",
                "amount below the unit | collect         | {\"currency\":\"CNY\",\"collect\":\"100.001\"}",
                "missing amount        | collect         | {\"currency\":\"CNY\"}",
                "unknown currency      | currency        | {\"currency\":\"XYZ\",\"collect\":\"100.00\"}",
                "lower-case currency   | currency        | {\"currency\":\"cny\",\"collect\":\"100.00\"}",
                "missing currency      | currency        | {\"collect\":\"100.00\"}",
                "ratio above one       | maxOverdueRatio | {\"currency\":\"CNY\",\"collect\":\"100.00\",\"maxOverdueRatio\":\"1.5\"}",
                "negative ratio        | maxOverdueRatio | {\"currency\":\"CNY\",\"collect\":\"100.00\",\"maxOverdueRatio\":\"-0.1\"}",
                "ratio of 5 decimals   | maxOverdueRatio | {\"currency\":\"CNY\",\"collect\":\"100.00\",\"maxOverdueRatio\":\"0.12345\"}",
                "negative dso          | maxDso          | {\"currency\":\"CNY\",\"collect\":\"100.00\",\"maxDso\":\"-1\"}",
                "dso not a number      | maxDso          | {\"currency\":\"CNY\",\"collect\":\"100.00\",\"maxDso\":\"soon\"}"})
        void bad_terms_are_refused_with_the_field_and_nothing_is_stored(String rule, String field, String body) throws Exception {
            String owner = unique("bad");
            as("finance").body(body).put(PATH, "2026-11", "sales-owner", owner)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-field")).body("field", equalTo(field.strip()));
            assertThat(storedEvents("collection-target/2026-11/sales-owner/" + owner)).isZero();
        }

        @Test
        void the_limits_at_their_bounds_are_accepted() {
            as("finance").body("{\"currency\":\"CNY\",\"collect\":\"0.01\",\"maxOverdueRatio\":\"1\",\"maxDso\":\"0\"}")
                    .put(PATH, "2026-11", "sales-owner", unique("edge")).then().statusCode(201)
                    .body("maxOverdueRatio", equalTo("1")).body("maxDso", equalTo("0"));
        }

        @Test
        void only_finance_sets_targets() throws Exception {
            String owner = unique("roles");
            given().contentType(ContentType.JSON).body(TERMS).put(PATH, "2026-11", "sales-owner", owner).then().statusCode(401);
            for (String role : List.of("sales", "credit-manager", "collector", "ops")) {
                as(role).body(TERMS).put(PATH, "2026-11", "sales-owner", owner).then().statusCode(403);
            }
            assertThat(storedEvents("collection-target/2026-11/sales-owner/" + owner)).isZero();
        }
    }

    @Nested
    class Read {

        @Test
        void the_list_refuses_a_bad_period() {
            as("finance").queryParam("period", "Q4-2026").get("/api/v1/collection-targets")
                    .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("period"));
        }

        @Test
        void the_list_of_a_period_holds_only_that_period() {
            String owner = unique("only");
            as("finance").body(TERMS).put(PATH, "2026-10", "sales-owner", owner).then().statusCode(201);
            as("finance").queryParam("period", "2026-09").get("/api/v1/collection-targets").then().statusCode(200)
                    .body("targets.scopeId", not(hasItem(owner)));
            as("finance").queryParam("period", "2026-10").get("/api/v1/collection-targets").then().statusCode(200)
                    .body("targets.scopeId", hasItem(owner));
        }

        @Test
        void other_roles_read_nothing_and_an_unknown_target_is_not_found() {
            as("ops").get("/api/v1/collection-targets").then().statusCode(403);
            given().get("/api/v1/collection-targets").then().statusCode(401);
            as("finance").get(PATH, "2026-11", "sales-owner", unique("nobody")).then().statusCode(404)
                    .body("type", equalTo("https://ledgerline.io/problems/collection-target-not-found"));
        }
    }
}
