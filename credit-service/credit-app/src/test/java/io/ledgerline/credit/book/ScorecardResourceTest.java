package io.ledgerline.credit.book;

import static io.ledgerline.credit.CreditApi.as;
import static io.ledgerline.credit.CreditApi.defaultScorecard;
import static io.ledgerline.credit.CreditApi.storedEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class ScorecardResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The default scorecard changed by {@code change}, under a name no other test uses. */
    private static String variant(Consumer<ObjectNode> change) throws Exception {
        ObjectNode card = (ObjectNode) JSON.readTree(defaultScorecard());
        card.put("name", "variant " + UUID.randomUUID());
        change.accept(card);
        return card.toString();
    }

    private static ObjectNode factor(ObjectNode card, int index) {
        return (ObjectNode) card.withArray("factors").get(index);
    }

    @AfterEach
    void defaultScorecardIsCurrentAgain() {
        CreditApi.defaultScorecardIsCurrent();
    }

    @Nested
    class Read {

        @Test
        void the_shipped_default_is_version_1() {
            as("credit-analyst").get("/api/v1/scorecards").then().statusCode(200)
                    .body("versions[0].version", equalTo(1))
                    .body("versions[0].name", equalTo("Ledgerline default scorecard"))
                    .body("versions[0].publishedBy", equalTo("credit-service"));
        }

        @Test
        void a_version_shows_its_factors_weights_and_bands() {
            as("finance").get("/api/v1/scorecards/1").then().statusCode(200)
                    .body("version", equalTo(1))
                    .body("scorecard.factors", hasSize(13))
                    .body("scorecard.factors[0].id", equalTo("years-since-founding"))
                    .body("scorecard.factors[0].weight", equalTo(6))
                    .body("scorecard.factors[0].bands[1].from", equalTo("2"))
                    .body("scorecard.factors[0].bands[1].to", equalTo("5"))
                    .body("scorecard.factors[0].bands[1].points", equalTo(40))
                    .body("scorecard.missingData.rule", equalTo("NEUTRAL_POINTS"))
                    .body("scorecard.altman.zDoublePrime.distressBelow", equalTo("1.10"))
                    .body("scorecard.altman.zPrime.safeAbove", equalTo("2.90"));
        }

        @Test
        void an_unpublished_version_is_not_found() {
            as("credit-analyst").get("/api/v1/scorecards/9999").then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/scorecard-not-found"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "two", "1.5"})
        void a_version_that_is_no_positive_number_is_refused(String version) {
            as("credit-analyst").get("/api/v1/scorecards/" + version).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-parameter")).body("field", equalTo("version"));
        }

        @Test
        void only_credit_finance_and_ops_read_scorecards() {
            given().get("/api/v1/scorecards").then().statusCode(401);
            as("sales").get("/api/v1/scorecards").then().statusCode(403).contentType("application/problem+json");
            as("collector").get("/api/v1/scorecards/1").then().statusCode(403);
        }
    }

    @Nested
    class Publish {

        @Test
        void a_credit_manager_publishes_the_next_version_which_becomes_current_and_is_published_on_kafka() throws Exception {
            String body = variant(card -> {
                factor(card, 0).put("weight", 10);
                factor(card, 12).put("weight", 15);
            });
            int version = as("credit-manager").body(body).post("/api/v1/scorecards").then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/scorecards/\\d+"))
                    .body("current", equalTo(true)).body("scorecard.factors[0].weight", equalTo(10))
                    .body("publishedBy", equalTo("credit-manager-user")).body("publishedOn", equalTo("2013-03-15"))
                    .extract().path("version");
            assertThat(version).isGreaterThan(1);
            as("credit-analyst").get("/api/v1/scorecards").then().body("current", equalTo(version));
            as("credit-analyst").get("/api/v1/scorecards/1").then().body("current", equalTo(false))
                    .body("scorecard.factors[0].weight", equalTo(6));

            List<ConsumerRecord<String, String>> records = TestTopics.readUntil(CreditTopics.EVENTS,
                    read -> read.stream().anyMatch(r -> isVersion(r, version)), Duration.ofSeconds(30));
            ConsumerRecord<String, String> published = records.stream().filter(r -> isVersion(r, version)).findFirst().orElseThrow();
            assertThat(published.key()).isEqualTo("scorecards");
            JsonNode envelope = JSON.readTree(published.value());
            assertThat(envelope.path("source").asText()).isEqualTo("ledgerline/credit");
            assertThat(envelope.path("data").path("scorecard").path("factors").get(0).path("weight").asInt()).isEqualTo(10);
        }

        @Test
        void the_content_of_the_current_version_records_nothing() throws Exception {
            String body = variant(card -> { });
            int version = as("credit-manager").body(body).post("/api/v1/scorecards").then().statusCode(201).extract().path("version");
            long events = storedEvents("scorecards");
            as("credit-manager").body(body).post("/api/v1/scorecards").then().statusCode(200).body("version", equalTo(version));
            assertThat(storedEvents("scorecards")).isEqualTo(events);
        }

        @Test
        void weights_that_do_not_sum_to_100_are_refused_and_nothing_is_stored() throws Exception {
            refused(variant(card -> factor(card, 0).put("weight", 7)), "factors", "sum to 101");
        }

        @Test
        void bands_out_of_order_are_refused() throws Exception {
            refused(variant(card -> ((ObjectNode) factor(card, 0).withArray("bands").get(1)).put("from", "3")),
                    "factors[0].bands[1].from", "ascending order");
        }

        @Test
        void an_unknown_input_is_refused() throws Exception {
            refused(variant(card -> factor(card, 3).put("input", "shoeSize")), "factors[3].input", "unknown input");
        }

        @Test
        void a_scorecard_without_factors_is_refused() throws Exception {
            refused(variant(card -> card.set("factors", JSON.createArrayNode())), "factors", "at least one factor");
        }

        @Test
        void malformed_json_is_refused() throws Exception {
            long events = storedEvents("scorecards");
            as("credit-manager").body("{\"name\": ").post("/api/v1/scorecards").then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("https://ledgerline.io/problems/malformed-json"));
            as("credit-manager").body("{\"factors\": \"many\"}").post("/api/v1/scorecards").then().statusCode(400)
                    .contentType("application/problem+json");
            assertThat(storedEvents("scorecards")).isEqualTo(events);
        }

        @Test
        void only_a_credit_manager_publishes() throws Exception {
            String body = variant(card -> { });
            given().contentType(ContentType.JSON).body(body).post("/api/v1/scorecards").then().statusCode(401);
            as("credit-analyst").body(body).post("/api/v1/scorecards").then().statusCode(403).contentType("application/problem+json");
            as("finance").body(body).post("/api/v1/scorecards").then().statusCode(403);
        }

        private void refused(String body, String field, String detail) throws Exception {
            long events = storedEvents("scorecards");
            int current = as("credit-analyst").get("/api/v1/scorecards").then().extract().path("current");
            as("credit-manager").body(body).post("/api/v1/scorecards").then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-field"))
                    .body("field", equalTo(field)).body("detail", org.hamcrest.Matchers.containsString(detail));
            assertThat(storedEvents("scorecards")).isEqualTo(events);
            as("credit-analyst").get("/api/v1/scorecards").then().body("current", equalTo(current));
        }

        private boolean isVersion(ConsumerRecord<String, String> record, int version) {
            try {
                JsonNode envelope = JSON.readTree(record.value());
                return envelope.path("type").asText().equals("ledgerline.credit.ScorecardPublished.v1")
                        && envelope.path("data").path("scorecardVersion").asInt() == version;
            } catch (Exception e) {
                return false;
            }
        }
    }
}
