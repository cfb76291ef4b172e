package io.ledgerline.customer.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.customer.api.CustomerTopics;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.ledgerline.testkit.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class SalesTeamResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String team(String name, String... members) {
        StringBuilder list = new StringBuilder();
        for (String member : members) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(member).append('"');
        }
        return "{\"name\":\"" + name + "\",\"members\":[" + list + "]}";
    }

    /** Events in the store for this aggregate. */
    static long storedEvents(String aggregateId) throws Exception {
        try (Connection c = TestStack.connect("customer");
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            s.setString(1, aggregateId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Nested
    class Define {

        @Test
        void a_new_team_is_created_and_published_keyed_by_its_aggregate_without_a_customer() throws Exception {
            String id = unique("east");
            String wang = unique("wang.li");
            String zhao = unique("zhao.min");
            as("finance").body(team("East distribution", zhao, wang, zhao)).put("/api/v1/sales-teams/{id}", id)
                    .then().statusCode(201).header("Location", endsWith("/api/v1/sales-teams/" + id))
                    .body("teamId", equalTo(id)).body("name", equalTo("East distribution"))
                    .body("members", contains(wang, zhao));
            as("sales").get("/api/v1/sales-teams/{id}", id).then().statusCode(200).body("members", contains(wang, zhao));

            String key = "sales-team/" + id;
            List<ConsumerRecord<String, String>> ours = TestTopics.readUntil(CustomerTopics.EVENTS,
                    read -> read.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(30))
                    .stream().filter(r -> key.equals(r.key())).toList();
            assertThat(ours).hasSize(1);
            JsonNode envelope = JSON.readTree(ours.get(0).value());
            assertThat(envelope.path("type").asText()).isEqualTo("ledgerline.customer.SalesTeamDefined.v1");
            assertThat(envelope.path("subject").asText()).isEqualTo(key);
            assertThat(envelope.has("customerid")).as("a team is no customer").isFalse();
            assertThat(envelope.path("data").path("teamId").asText()).isEqualTo(id);
            assertThat(envelope.path("data").path("members")).extracting(JsonNode::asText).containsExactly(wang, zhao);
        }

        @Test
        void the_same_definition_again_is_200_and_records_nothing_a_changed_one_records_the_whole_team() throws Exception {
            String id = unique("north");
            String a = unique("a");
            String b = unique("b");
            as("finance").body(team("North", a, b)).put("/api/v1/sales-teams/{id}", id).then().statusCode(201);
            as("finance").body(team("North", b, a)).put("/api/v1/sales-teams/{id}", id)
                    .then().statusCode(200).body("members", contains(a, b));
            assertThat(storedEvents("sales-team/" + id)).isEqualTo(1);

            as("finance").body(team("North and west", b)).put("/api/v1/sales-teams/{id}", id)
                    .then().statusCode(200).body("name", equalTo("North and west")).body("members", contains(b));
            assertThat(storedEvents("sales-team/" + id)).isEqualTo(2);
            as("collector").get("/api/v1/sales-teams/{id}", id).then().body("members", contains(b));
        }

        @Test
        void taking_a_member_of_another_team_is_refused_until_that_team_lets_them_go() throws Exception {
            String west = unique("west");
            String south = unique("south");
            String shared = unique("li.na");
            String other = unique("he.tao");
            as("finance").body(team("West", shared, other)).put("/api/v1/sales-teams/{id}", west).then().statusCode(201);

            as("finance").body(team("South", shared)).put("/api/v1/sales-teams/{id}", south)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/sales-owner-in-another-team"))
                    .body("field", equalTo("members"))
                    .body("detail", containsString(shared)).body("detail", containsString(west));
            assertThat(storedEvents("sales-team/" + south)).isZero();
            as("finance").get("/api/v1/sales-teams/{id}", south).then().statusCode(404);

            as("finance").body(team("West", other)).put("/api/v1/sales-teams/{id}", west).then().statusCode(200);
            as("finance").body(team("South", shared)).put("/api/v1/sales-teams/{id}", south)
                    .then().statusCode(201).body("members", contains(shared));
            as("finance").get("/api/v1/sales-teams").then().statusCode(200)
                    .body("teams.find { it.teamId == '" + west + "' }.members", contains(other))
                    .body("teams.find { it.teamId == '" + south + "' }.members", contains(shared));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "missing name       | name       | {\"members\":[\"x\"]}",
                "blank name         | name       | {\"name\":\" \",\"members\":[\"x\"]}",
                "missing members    | members    | {\"name\":\"T\"}",
                "blank member       | members[1] | {\"name\":\"T\",\"members\":[\"x\",\" \"]}",
                "member with slash  | members[0] | {\"name\":\"T\",\"members\":[\"a/b\"]}",
                "member not text    | members[0] | {\"name\":\"T\",\"members\":[null]}"})
        void bad_input_is_refused_with_the_field_and_nothing_is_stored(String rule, String field, String body) throws Exception {
            String id = unique("bad");
            as("finance").body(body).put("/api/v1/sales-teams/{id}", id)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-field")).body("field", equalTo(field.strip()));
            assertThat(storedEvents("sales-team/" + id)).isZero();
        }

        @Test
        void a_team_id_outside_letters_digits_dot_dash_and_underscore_is_refused() {
            as("finance").body(team("T", "x")).put("/api/v1/sales-teams/{id}", "east team")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-parameter")).body("field", equalTo("teamId"));
            as("finance").body(team("T", "x")).put("/api/v1/sales-teams/{id}", "x".repeat(101))
                    .then().statusCode(400).body("field", equalTo("teamId"));
        }

        @Test
        void only_finance_defines_teams() throws Exception {
            String id = unique("roles");
            given().contentType(ContentType.JSON).body(team("T", "x")).put("/api/v1/sales-teams/{id}", id).then().statusCode(401);
            for (String role : List.of("sales", "credit-manager", "collector", "ops")) {
                as(role).body(team("T", "x")).put("/api/v1/sales-teams/{id}", id).then().statusCode(403);
            }
            assertThat(storedEvents("sales-team/" + id)).isZero();
        }
    }

    @Nested
    class Read {

        @Test
        void finance_sales_collectors_and_credit_managers_read_the_list() {
            String id = unique("list");
            String member = unique("m");
            as("finance").body(team("Listed", member)).put("/api/v1/sales-teams/{id}", id).then().statusCode(201);
            for (String role : List.of("finance", "sales", "collector", "credit-manager")) {
                as(role).get("/api/v1/sales-teams").then().statusCode(200).body("teams.teamId", hasItems(id));
            }
        }

        @Test
        void other_roles_read_nothing() {
            as("ops").get("/api/v1/sales-teams").then().statusCode(403);
            as("erp-integration").get("/api/v1/sales-teams/{id}", "x").then().statusCode(403);
            given().get("/api/v1/sales-teams").then().statusCode(401);
        }

        @Test
        void an_unknown_team_is_not_found() {
            as("sales").get("/api/v1/sales-teams/{id}", unique("nope")).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/sales-team-not-found")).body("field", equalTo("teamId"));
        }
    }
}
