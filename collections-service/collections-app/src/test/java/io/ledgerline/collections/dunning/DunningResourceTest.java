package io.ledgerline.collections.dunning;

import static io.ledgerline.collections.CollectionsApi.as;
import static io.ledgerline.collections.CollectionsApi.customer;
import static io.ledgerline.collections.CollectionsApi.storedEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.collections.CollectionsApi;
import io.ledgerline.collections.MovableClock;
import io.ledgerline.collections.api.CollectionsTopics;
import io.ledgerline.collections.credit.CreditEvents;
import io.ledgerline.collections.customer.CustomerEvents;
import io.ledgerline.collections.receivables.ReceivablesEvents;
import io.ledgerline.customer.api.v1.Contact;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Dunning end to end: receivables, credit and customer facts published as JSON on their real topics, the worker
 * evaluating each customer a fact marked (every second in tests), the dunning run on request, and the business date moved
 * by the test's clock. Invoices of 1000.00 CNY due 2026-02-01 under the default policy: reminder 01-25, courtesy email
 * 01-29, first overdue email 02-02, second 02-08, phone call 02-16, finance 03-03, legal 04-02.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "collections"))
class DunningResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STEP = "ledgerline.collections.DunningStepReached.v1";
    private static final String RESTRICTION = "ledgerline.collections.TradingRestrictionRequested.v1";

    @Inject
    MovableClock clock;

    @BeforeEach
    void theDefaultPolicyIsCurrent() {
        clock.today(LocalDate.of(2026, 1, 20));
        CollectionsApi.defaultPolicyIsCurrent();
    }

    private static JsonPath dunning(String customerId) {
        return as("collector").get("/api/v1/customers/{id}/dunning", customerId).then().statusCode(200).extract().jsonPath();
    }

    /** The steps a run reached for this customer, as "stepId[ late]". */
    private static List<String> run(String customerId, String body) {
        var request = as("finance");
        if (body != null) {
            request.body(body);
        }
        List<Map<String, Object>> steps = request.post("/api/v1/dunning/runs").then().statusCode(200).extract().jsonPath().getList("steps");
        return steps.stream().filter(s -> customerId.equals(s.get("customerId")))
                .map(s -> s.get("stepId") + (Boolean.TRUE.equals(s.get("late")) ? " late" : "")).toList();
    }

    @Nested
    class Ladder {

        @Test
        void the_ladder_follows_the_business_date_and_a_payment_stops_it() throws Exception {
            String c = customer("LAD");
            ReceivablesEvents ledger = new ReceivablesEvents(c);
            String invoice = ledger.invoice("INV-1001", "1000.00", "CNY", "2026-01-02", "2026-02-01");

            JsonPath before = dunning(c);
            assertThat(before.getString("ladder")).isEqualTo("standard");
            assertThat(before.getString("grade")).isNull();
            assertThat(before.getList("items[0].stepsTaken")).isEmpty();
            assertThat(before.getString("items[0].status")).isEqualTo("DUNNING");
            assertThat(before.getString("items[0].nextStep.stepId")).isEqualTo("reminder");
            assertThat(before.getString("items[0].nextStep.on")).isEqualTo("2026-01-25");
            assertThat(before.getString("items[0].open.amount")).isEqualTo("1000.00");

            clock.today("2026-01-25");
            assertThat(run(c, null)).containsExactly("reminder");
            assertThat(run(c, null)).as("a second run reaches nothing").isEmpty();
            JsonPath after = dunning(c);
            assertThat(after.getString("items[0].stepsTaken[0].reachedOn")).isEqualTo("2026-01-25");
            assertThat(after.getBoolean("items[0].stepsTaken[0].late")).isFalse();
            assertThat(after.getString("items[0].stepsTaken[0].amountDunned.amount")).isEqualTo("1000.00");
            assertThat(after.getString("items[0].nextStep.stepId")).isEqualTo("courtesy-email");
            assertThat(after.getString("items[0].nextStep.on")).isEqualTo("2026-01-29");

            clock.today("2026-02-03");
            assertThat(run(c, "{\"asOf\":\"2026-02-03\"}")).containsExactly("courtesy-email late", "first-overdue-email late");

            clock.today("2026-02-06");
            ledger.paid(invoice, "1000.00", "CNY", "2026-02-05");
            clock.today("2026-02-08");
            assertThat(run(c, null)).as("paid on 02-05: the second email of 02-08 is not sent").isEmpty();
            assertThat(dunning(c).getList("items")).isEmpty();
            assertThat(storedEvents(c, STEP)).isEqualTo(3);
            List<ConsumerRecord<String, String>> published = TestTopics.readUntil(CollectionsTopics.EVENTS,
                    read -> published(read, c, STEP) == 3, Duration.ofSeconds(60));
            assertThat(published(published, c, STEP)).as("the relay published each step on ledgerline.collections.events").isEqualTo(3);
        }

        @Test
        void a_fact_evaluates_its_customer_at_once_a_dispute_pauses_and_the_legal_step_requests_a_restriction() throws Exception {
            String c = customer("LEG");
            ReceivablesEvents ledger = new ReceivablesEvents(c);
            clock.today("2026-03-05");
            String invoice = ledger.invoice("INV-2001", "1000.00", "CNY", "2026-01-02", "2026-02-01");
            JsonPath reached = dunning(c);
            assertThat(reached.getList("items[0].stepsTaken.stepId")).containsExactly("reminder", "courtesy-email",
                    "first-overdue-email", "second-overdue-email", "phone-call", "finance");
            assertThat(reached.getList("items[0].stepsTaken.late")).containsOnly(true);
            assertThat(reached.getString("items[0].nextStep.stepId")).isEqualTo("legal");
            assertThat(reached.getString("items[0].nextStep.on")).isEqualTo("2026-04-02");

            String dispute = ledger.disputed(invoice, "1000.00", "CNY", "2026-03-05");
            clock.today("2026-04-03");
            assertThat(run(c, null)).as("disputed in full: paused").isEmpty();
            assertThat(dunning(c).getString("items[0].status")).isEqualTo("PAUSED_DISPUTED");
            assertThat(dunning(c).getString("items[0].dunned.amount")).isEqualTo("0.00");

            ledger.resolved(invoice, dispute, "2026-04-03");
            clock.today("2026-04-04");
            ledger.paid(invoice, "1.00", "CNY", "2026-04-04");
            JsonPath legal = dunning(c);
            assertThat(legal.getString("items[0].stepsTaken[6].stepId")).isEqualTo("legal");
            assertThat(legal.getString("items[0].stepsTaken[6].reachedOn")).isEqualTo("2026-04-04");
            assertThat(legal.getBoolean("items[0].stepsTaken[6].late")).isTrue();
            assertThat(legal.getString("items[0].status")).isEqualTo("LADDER_COMPLETE");
            assertThat((Object) legal.get("items[0].nextStep")).isNull();
            assertThat(storedEvents(c, RESTRICTION)).isEqualTo(1);
            List<ConsumerRecord<String, String>> read = TestTopics.readUntil(CollectionsTopics.EVENTS,
                    r -> published(r, c, RESTRICTION) == 1, Duration.ofSeconds(60));
            JsonNode request = read.stream().map(DunningResourceTest::envelope)
                    .filter(e -> c.equals(e.path("customerid").asText()) && RESTRICTION.equals(e.path("type").asText()))
                    .findFirst().orElseThrow().path("data");
            assertThat(request.path("step").asText()).isEqualTo("legal");
            assertThat(request.path("requestedBy").asText()).isEqualTo("collections-service");
            assertThat(request.path("requestedOn").asText()).isEqualTo("2026-04-04");
            assertThat(request.path("overdue").toString()).isEqualTo("[{\"amount\":\"1000.00\",\"currency\":\"CNY\"}]");
        }

        @Test
        void a_second_invoice_later_makes_the_first_skip_nothing() {
            String c = customer("TWO");
            ReceivablesEvents ledger = new ReceivablesEvents(c);
            clock.today("2026-02-02");
            ledger.invoice("INV-3001", "1000.00", "CNY", "2026-01-02", "2026-02-01");
            clock.today("2026-02-05");
            ledger.invoice("INV-3002", "5000.00", "CNY", "2026-02-05", "2026-03-07");
            clock.today("2026-02-08");
            assertThat(run(c, null)).containsExactly("second-overdue-email");
            JsonPath view = dunning(c);
            assertThat(view.getList("items.invoiceNumber")).containsExactly("INV-3001", "INV-3002");
            assertThat(view.getList("items[0].stepsTaken.stepId")).containsExactly("reminder", "courtesy-email", "first-overdue-email",
                    "second-overdue-email");
            assertThat(view.getString("items[1].nextStep.on")).isEqualTo("2026-02-28");
        }

        @Test
        void an_item_below_its_currencys_minimum_is_not_dunned() {
            String c = customer("MIN");
            new ReceivablesEvents(c).invoice("INV-4001", "99.99", "CNY", "2026-01-02", "2026-02-01");
            clock.today("2026-03-10");
            assertThat(run(c, null)).isEmpty();
            assertThat(dunning(c).getString("items[0].status")).isEqualTo("BELOW_MINIMUM");
            assertThat((Object) dunning(c).get("items[0].nextStep")).isNull();
        }

        @Test
        void a_redelivered_invoice_changes_nothing() {
            String c = customer("DUP");
            ReceivablesEvents ledger = new ReceivablesEvents(c);
            EventEnvelope issued = ledger.publish(new io.ledgerline.receivables.api.v1.InvoiceIssued("dup-" + c, "EXT-dup", "INV-5001", c,
                    LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 1),
                    new io.ledgerline.receivables.api.v1.Money(new java.math.BigDecimal("1000.00"), "CNY")));
            ReceivablesEvents.send(issued);
            clock.today("2026-01-25");
            assertThat(run(c, null)).containsExactly("reminder");
            assertThat(dunning(c).getList("items")).hasSize(1);
        }
    }

    @Nested
    class Inputs {

        @Test
        void the_grade_chooses_the_ladder_from_the_day_after_the_assessment_and_the_customer_says_who_is_involved() {
            String c = customer("GRD");
            CustomerEvents.publish(CustomerEvents.registered(c, "sales.li"), 0);
            CustomerEvents.publish(CustomerEvents.contacts(c, new Contact("Wang Fang", "purchasing", "wang@acme.example", null),
                    new Contact("Zhao Min", "Finance", "zhao@acme.example", "+86 21 5555 0100")), 1);
            new ReceivablesEvents(c).invoice("INV-6001", "1000.00", "CNY", "2026-01-02", "2026-02-01");
            CreditEvents.assessed(c, "D", "2026-01-20", 3);

            JsonPath onTheDay = dunning(c);
            assertThat(onTheDay.getString("grade")).as("assessed today: counts from tomorrow").isNull();
            clock.today("2026-01-22");
            assertThat(run(c, null)).as("grade D: the short ladder's reminder ten days before").containsExactly("reminder");
            JsonPath view = dunning(c);
            assertThat(view.getString("grade")).isEqualTo("D");
            assertThat(view.getString("ladder")).isEqualTo("short");
            assertThat(view.getString("salesOwner")).isEqualTo("sales.li");
            assertThat(view.getString("legalName")).isEqualTo("Acme Trading Co., Ltd.");
            assertThat(view.getString("financeContact.email")).isEqualTo("zhao@acme.example");
            assertThat(view.getString("financeContact.name")).isEqualTo("Zhao Min");
            assertThat(view.getString("items[0].nextStep.stepId")).as("no courtesy email").isEqualTo("first-overdue-email");
            assertThat(view.getString("items[0].nextStep.on")).isEqualTo("2026-02-02");
        }
    }

    @Nested
    class Refusals {

        @Test
        void reading_an_unknown_customer_is_404() {
            as("finance").get("/api/v1/customers/{id}/dunning", customer("NONE")).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("https://ledgerline.io/problems/customer-not-found"));
        }

        @Test
        void reading_as_of_a_day_that_is_not_a_date_or_has_not_come_is_400() {
            String c = customer("BAD");
            new ReceivablesEvents(c).invoice("INV-7001", "1000.00", "CNY", "2026-01-02", "2026-02-01");
            as("finance").queryParam("asOf", "2026-02-30").get("/api/v1/customers/{id}/dunning", c).then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo("asOf"));
            as("finance").queryParam("asOf", "2026-01-21").get("/api/v1/customers/{id}/dunning", c).then().statusCode(400)
                    .body("field", equalTo("asOf"));
            as("sales").queryParam("asOf", "2026-01-10").get("/api/v1/customers/{id}/dunning", c).then().statusCode(200)
                    .body("asOf", equalTo("2026-01-10")).body("items[0].invoiceNumber", equalTo("INV-7001"));
            as("credit-manager").queryParam("asOf", "2026-01-01").get("/api/v1/customers/{id}/dunning", c).then().statusCode(200)
                    .body("items", empty());
        }

        @Test
        void reading_needs_a_collections_role() {
            String c = customer("ROLE");
            new ReceivablesEvents(c).invoice("INV-8001", "1000.00", "CNY", "2026-01-02", "2026-02-01");
            for (String role : List.of("collector", "finance", "sales", "credit-manager")) {
                as(role).get("/api/v1/customers/{id}/dunning", c).then().statusCode(200).body("items", hasSize(1));
            }
            as("ops").get("/api/v1/customers/{id}/dunning", c).then().statusCode(403).contentType("application/problem+json");
            as("erp-integration").get("/api/v1/customers/{id}/dunning", c).then().statusCode(403);
            given().get("/api/v1/customers/{id}/dunning", c).then().statusCode(401);
        }

        @Test
        void a_run_as_of_a_bad_or_future_day_or_with_other_fields_is_400() {
            for (String body : List.of("{\"asOf\":\"2026-13-01\"}", "{\"asOf\":20260120}", "{\"asOf\":\"2026-01-21\"}")) {
                as("ops").body(body).post("/api/v1/dunning/runs").then().statusCode(400).contentType("application/problem+json")
                        .body("field", equalTo("asOf"));
            }
            as("ops").body("{\"asOf\":\"2026-01-20\",\"dryRun\":true}").post("/api/v1/dunning/runs").then().statusCode(400)
                    .body("field", equalTo("dryRun"));
            as("ops").body("[]").post("/api/v1/dunning/runs").then().statusCode(400).contentType("application/problem+json");
            as("ops").body("{\"asOf\":").post("/api/v1/dunning/runs").then().statusCode(400).contentType("application/problem+json");
            as("ops").body("{\"asOf\":\"2026-01-19\"}").post("/api/v1/dunning/runs").then().statusCode(200)
                    .body("asOf", equalTo("2026-01-19"));
            as("ops").contentType(ContentType.TEXT).post("/api/v1/dunning/runs").then().statusCode(200).body("asOf", equalTo("2026-01-20"));
        }

        @Test
        void a_run_needs_finance_or_ops() {
            for (String role : List.of("collector", "sales", "credit-manager", "erp-integration")) {
                as(role).body("{}").post("/api/v1/dunning/runs").then().statusCode(403).contentType("application/problem+json");
            }
            given().contentType(ContentType.JSON).body("{}").post("/api/v1/dunning/runs").then().statusCode(401);
            as("finance").body("{}").post("/api/v1/dunning/runs").then().statusCode(200).body("stepsReached", org.hamcrest.Matchers
                    .greaterThanOrEqualTo(0)).body("customersFailed", equalTo(0)).body("asOf", equalTo("2026-01-20"));
        }
    }

    private static long published(List<ConsumerRecord<String, String>> records, String customerId, String type) {
        return records.stream().map(DunningResourceTest::envelope)
                .filter(e -> customerId.equals(e.path("customerid").asText()) && type.equals(e.path("type").asText())).count();
    }

    private static JsonNode envelope(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
