package io.ledgerline.collections.arrangement;

import static io.ledgerline.collections.CollectionsApi.as;
import static io.ledgerline.collections.CollectionsApi.caseOf;
import static io.ledgerline.collections.CollectionsApi.customer;
import static io.ledgerline.collections.CollectionsApi.runDunning;
import static io.ledgerline.collections.CollectionsApi.storedEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.ledgerline.collections.CollectionsApi;
import io.ledgerline.collections.MovableClock;
import io.ledgerline.collections.casework.Casework;
import io.ledgerline.collections.customer.CustomerEvents;
import io.ledgerline.collections.receivables.ReceivablesEvents;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Promises to pay, payment plans and trading restrictions asked by hand, end to end: customer and receivables facts on
 * their real topics, the ladder run day by day on the test's clock. One invoice of 1000.00 CNY due 2026-02-01 under the
 * default policy: first overdue email 02-02 (the case opens), phone call 02-16, finance 03-03, legal 04-02.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "collections"))
class ArrangementResourceTest {

    private static final String PROBLEM = "application/problem+json";

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

    /** A customer with one invoice of 1000.00 CNY due 02-01 and its case opened on 02-02; returns {customer, invoice, case}. */
    private String[] overdueCustomer(String prefix, ReceivablesEvents[] ledger) {
        String c = customer(prefix);
        CustomerEvents.publish(CustomerEvents.registered(c, "sales.li"), 0);
        ledger[0] = new ReceivablesEvents(c);
        String invoice = ledger[0].invoice("INV-" + prefix, "1000.00", "CNY", "2026-01-02", "2026-02-01");
        clock.today("2026-02-02");
        runDunning();
        return new String[] {c, invoice, caseOf(c).getString("caseId")};
    }

    private static String promise(String caseId, String body) {
        return as("collector").body(body).post("/api/v1/cases/{id}/promises", caseId).then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("promiseId");
    }

    @Nested
    class Promises {

        @Test
        void a_promise_pauses_the_ladder_and_once_broken_escalates_the_case_to_finance() throws Exception {
            ReceivablesEvents[] ledger = new ReceivablesEvents[1];
            String[] it = overdueCustomer("PRB", ledger);
            clock.today("2026-02-10");
            String promiseId = promise(it[2], "{\"amount\":\"1000.00\",\"currency\":\"CNY\",\"promisedFor\":\"2026-02-14\","
                    + "\"toleranceDays\":3,\"note\":\"after the month-end close\"}");
            as("sales").get("/api/v1/customers/{id}/promises", it[0]).then().statusCode(200)
                    .body("promises[0].invoiceIds", equalTo(List.of(it[1]))).body("promises[0].amount.amount", equalTo("1000.00"))
                    .body("promises[0].madeOn", equalTo("2026-02-10")).body("promises[0].madeBy", equalTo("collector-user"));

            clock.today("2026-02-16");
            runDunning();
            JsonPath paused = dunning(it[0]);
            assertThat(paused.getString("items[0].status")).isEqualTo("PAUSED_PROMISE");
            assertThat(paused.getList("items[0].stepsTaken.stepId")).doesNotContain("phone-call");

            clock.today("2026-02-17");
            runDunning();
            assertThat(dunning(it[0]).getString("items[0].status")).as("the last day of the tolerance").isEqualTo("PAUSED_PROMISE");

            clock.today("2026-02-18");
            runDunning();
            JsonPath judged = as("collector").get("/api/v1/customers/{id}/promises", it[0]).then().statusCode(200).extract().jsonPath();
            assertThat(judged.getString("promises[0].status")).isEqualTo("BROKEN");
            assertThat(judged.getString("promises[0].resolvedOn")).isEqualTo("2026-02-18");
            assertThat(judged.getString("promises[0].paid.amount")).isEqualTo("0.00");
            JsonPath escalated = caseOf(it[0]);
            assertThat(escalated.getString("level")).isEqualTo("FINANCE");
            assertThat(escalated.getString("owner")).isEqualTo("finance.collections");
            List<Map<String, Object>> tasks = escalated.getList("tasks");
            assertThat(tasks).filteredOn(t -> "REVIEW".equals(t.get("kind"))).singleElement()
                    .satisfies(t -> assertThat(t).containsEntry("stepId", promiseId).containsEntry("owner", "finance.collections"));
            assertThat(tasks).as("no call for sales on a case at finance").noneMatch(t -> "CALL".equals(t.get("kind")));
            assertThat(escalated.getString("history.find { it.event == 'CaseReassigned' }.detail")).contains("is broken");
            JsonPath resumed = dunning(it[0]);
            assertThat(resumed.getString("items[0].status")).isEqualTo("DUNNING");
            assertThat(resumed.getBoolean("items[0].stepsTaken.find { it.stepId == 'phone-call' }.late")).isTrue();

            runDunning();
            assertThat(storedEvents(Arrangements.idOf(it[0]), "ledgerline.collections.PromiseToPayResolved.v1")).as("judged once")
                    .isEqualTo(1);
            assertThat(storedEvents(Casework.idOf(it[0]), "ledgerline.collections.CaseReassigned.v1")).as("escalated once").isEqualTo(1);
        }

        @Test
        void a_promise_kept_in_part_of_the_balance_keeps_the_ladder_paused_to_its_last_day_then_it_resumes() {
            ReceivablesEvents[] ledger = new ReceivablesEvents[1];
            String[] it = overdueCustomer("PRK", ledger);
            clock.today("2026-02-10");
            promise(it[2], "{\"amount\":\"400.00\",\"currency\":\"CNY\",\"promisedFor\":\"2026-02-14\",\"toleranceDays\":3}");
            ledger[0].paid(it[1], "400.00", "CNY", "2026-02-12");

            clock.today("2026-02-13");
            runDunning();
            as("collector").get("/api/v1/customers/{id}/promises", it[0]).then().statusCode(200)
                    .body("promises[0].status", equalTo("KEPT")).body("promises[0].paid.amount", equalTo("400.00"))
                    .body("promises[0].resolvedOn", equalTo("2026-02-13"));

            clock.today("2026-02-17");
            runDunning();
            assertThat(dunning(it[0]).getString("items[0].status")).isEqualTo("PAUSED_PROMISE");
            clock.today("2026-02-18");
            runDunning();
            JsonPath resumed = caseOf(it[0]);
            assertThat(resumed.getString("level")).as("a kept promise escalates nothing").isEqualTo("SALES");
            assertThat(resumed.getList("tasks.kind")).contains("CALL");
        }

        @Test
        void bad_promises_are_refused_and_change_nothing() throws Exception {
            ReceivablesEvents[] ledger = new ReceivablesEvents[1];
            String[] it = overdueCustomer("PRX", ledger);
            clock.today("2026-02-10");
            String good = "\"currency\":\"CNY\",\"promisedFor\":\"2026-02-14\"";
            Map<String, String> refused = Map.of(
                    "{" + good + "}", "amount",
                    "{\"amount\":\"abc\"," + good + "}", "amount",
                    "{\"amount\":1000," + good + "}", "amount",
                    "{\"amount\":\"-5.00\"," + good + "}", "amount",
                    "{\"amount\":\"1000.001\"," + good + "}", "amount",
                    "{\"amount\":\"1000.01\"," + good + "}", "amount",
                    "{\"amount\":\"10.00\",\"currency\":\"CNY\",\"promisedFor\":\"2026-02-09\"}", "promisedFor",
                    "{\"amount\":\"10.00\",\"currency\":\"CNY\",\"promisedFor\":\"2026-06-01\"}", "promisedFor",
                    "{\"amount\":\"10.00\"," + good + ",\"toleranceDays\":31}", "toleranceDays",
                    "{\"amount\":\"10.00\"," + good + ",\"invoiceIds\":[\"no-such-invoice\"]}", "invoiceIds");
            refused.forEach((body, field) -> as("collector").body(body).post("/api/v1/cases/{id}/promises", it[2]).then()
                    .statusCode(400).contentType(PROBLEM).body("field", equalTo(field)));
            as("collector").body("{\"amount\":\"10.00\"," + good + ",\"when\":\"soon\"}").post("/api/v1/cases/{id}/promises", it[2])
                    .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("unknown field 'when'"));
            as("collector").body("{\"amount\":\"10.00\",\"currency\":\"USD\",\"promisedFor\":\"2026-02-14\"}")
                    .post("/api/v1/cases/{id}/promises", it[2]).then().statusCode(400).body("detail", containsString("nothing overdue in USD"));
            as("collector").body("[]").post("/api/v1/cases/{id}/promises", it[2]).then().statusCode(400).contentType(PROBLEM);
            as("credit-manager").body("{\"amount\":\"10.00\"," + good + "}").post("/api/v1/cases/{id}/promises", it[2]).then().statusCode(403);
            as("collector").body("{\"amount\":\"10.00\"," + good + "}").post("/api/v1/cases/{id}/promises", "no-such-case").then()
                    .statusCode(404).contentType(PROBLEM);
            assertThat(storedEvents(Arrangements.idOf(it[0]), "ledgerline.collections.PromiseToPayMade.v1")).isZero();

            promise(it[2], "{\"amount\":\"10.00\"," + good + "}");
            as("sales").body("{\"amount\":\"20.00\"," + good + "}").post("/api/v1/cases/{id}/promises", it[2]).then().statusCode(409)
                    .contentType(PROBLEM).body("type", equalTo("https://ledgerline.io/problems/already-arranged"));
            as("ops").get("/api/v1/customers/{id}/promises", it[0]).then().statusCode(403);
            as("ops").get("/api/v1/customers/{id}/payment-plans", it[0]).then().statusCode(403);
            assertThat(storedEvents(Arrangements.idOf(it[0]), "ledgerline.collections.PromiseToPayMade.v1")).isEqualTo(1);
        }
    }

    @Nested
    class Plans {

        @Test
        void a_plan_met_keeps_the_ladder_paused_and_a_missed_installment_resumes_it() {
            ReceivablesEvents[] ledger = new ReceivablesEvents[1];
            String[] it = overdueCustomer("PLN", ledger);
            clock.today("2026-02-05");
            String planId = as("finance").body("{\"currency\":\"CNY\",\"installments\":[{\"dueDate\":\"2026-02-20\",\"amount\":\"500.00\"},"
                            + "{\"dueDate\":\"2026-03-20\",\"amount\":\"500.00\"}],\"toleranceDays\":5}")
                    .post("/api/v1/cases/{id}/payment-plans", it[2]).then().statusCode(201).body("status", equalTo("ACTIVE"))
                    .body("invoiceIds", equalTo(List.of(it[1]))).body("installments[1].amount.amount", equalTo("500.00"))
                    .extract().path("planId");
            ledger[0].paid(it[1], "500.00", "CNY", "2026-02-19");

            clock.today("2026-02-20");
            runDunning();
            clock.today("2026-03-03");
            runDunning();
            JsonPath paused = dunning(it[0]);
            assertThat(paused.getString("items[0].status")).isEqualTo("PAUSED_PLAN");
            assertThat(paused.getList("items[0].stepsTaken.stepId")).doesNotContain("phone-call", "finance");
            assertThat(caseOf(it[0]).getString("level")).isEqualTo("SALES");

            clock.today("2026-03-25");
            runDunning();
            assertThat(dunning(it[0]).getString("items[0].status")).as("within the tolerance").isEqualTo("PAUSED_PLAN");
            clock.today("2026-03-26");
            runDunning();
            JsonPath plan = as("credit-manager").get("/api/v1/customers/{id}/payment-plans", it[0]).then().statusCode(200).extract()
                    .jsonPath();
            assertThat(plan.getString("plans[0].planId")).isEqualTo(planId);
            assertThat(plan.getString("plans[0].status")).isEqualTo("DEFAULTED");
            assertThat(plan.getString("plans[0].endedOn")).isEqualTo("2026-03-26");
            assertThat(plan.getList("plans[0].installments.status")).containsExactly("MET", "MISSED");
            assertThat(plan.getString("plans[0].installments[0].on")).isEqualTo("2026-02-20");
            JsonPath resumed = dunning(it[0]);
            assertThat(resumed.getString("items[0].status")).isEqualTo("DUNNING");
            assertThat(resumed.getList("items[0].stepsTaken.stepId")).contains("phone-call", "finance");
            assertThat(caseOf(it[0]).getString("level")).as("the ladder's finance step, reached late").isEqualTo("FINANCE");
        }

        @Test
        void bad_plans_are_refused() {
            ReceivablesEvents[] ledger = new ReceivablesEvents[1];
            String[] it = overdueCustomer("PLX", ledger);
            clock.today("2026-02-05");
            Map<String, String> refused = Map.of(
                    "{\"currency\":\"CNY\"}", "installments",
                    "{\"currency\":\"CNY\",\"installments\":[]}", "installments",
                    "{\"currency\":\"CNY\",\"installments\":[{\"dueDate\":\"2026-03-01\",\"amount\":\"500.00\"},"
                            + "{\"dueDate\":\"2026-03-01\",\"amount\":\"500.00\"}]}", "installments",
                    "{\"currency\":\"CNY\",\"installments\":[{\"dueDate\":\"2026-03-01\",\"amount\":\"1000.01\"}]}", "installments",
                    "{\"currency\":\"CNY\",\"installments\":[{\"dueDate\":\"2026-02-04\",\"amount\":\"5.00\"}]}", "dueDate",
                    "{\"currency\":\"CNY\",\"installments\":[{\"dueDate\":\"2026-03-01\",\"amount\":\"0\"}]}", "amount",
                    "{\"currency\":\"CNY\",\"installments\":[{\"dueDate\":\"2026-03-01\",\"amount\":\"5.00\",\"x\":1}]}", "installments",
                    "{\"currency\":\"cny\",\"installments\":[{\"dueDate\":\"2026-03-01\",\"amount\":\"5.00\"}]}", "currency");
            refused.forEach((body, field) -> as("finance").body(body).post("/api/v1/cases/{id}/payment-plans", it[2]).then()
                    .statusCode(400).contentType(PROBLEM).body("field", equalTo(field)));
            as("sales").body("{\"currency\":\"CNY\",\"installments\":[{\"dueDate\":\"2026-03-01\",\"amount\":\"5.00\"}]}")
                    .post("/api/v1/cases/{id}/payment-plans", it[2]).then().statusCode(403);
            as("finance").get("/api/v1/customers/{id}/payment-plans", it[0]).then().statusCode(200).body("plans", equalTo(List.of()));
        }
    }

    @Nested
    class TradingRestriction {

        @Test
        void a_collector_asks_once_per_case_and_the_request_is_published() throws Exception {
            ReceivablesEvents[] ledger = new ReceivablesEvents[1];
            String[] it = overdueCustomer("TRR", ledger);
            clock.today("2026-02-10");
            as("collector").body("{}").post("/api/v1/cases/{id}/trading-restriction", it[2]).then().statusCode(400).contentType(PROBLEM)
                    .body("field", equalTo("reason"));
            as("sales").body("{\"reason\":\"stopped answering\"}").post("/api/v1/cases/{id}/trading-restriction", it[2]).then()
                    .statusCode(403);
            as("collector").body("{\"reason\":\"stopped answering\"}").post("/api/v1/cases/{id}/trading-restriction", "no-such-case").then()
                    .statusCode(404).contentType(PROBLEM);
            as("collector").body("{\"reason\":\"stopped answering\"}").post("/api/v1/cases/{id}/trading-restriction", it[2]).then()
                    .statusCode(202).body("caseId", equalTo(it[2])).body("requestedBy", equalTo("collector-user"))
                    .body("overdue[0].amount", equalTo("1000.00")).body("overdue[0].currency", equalTo("CNY"));
            as("finance").body("{\"reason\":\"again\"}").post("/api/v1/cases/{id}/trading-restriction", it[2]).then().statusCode(409)
                    .contentType(PROBLEM).body("type", equalTo("https://ledgerline.io/problems/restriction-requested"));
            assertThat(storedEvents(Casework.idOf(it[0]), "ledgerline.collections.TradingRestrictionRequested.v1")).isEqualTo(1);
            assertThat(caseOf(it[0]).getList("history.event")).contains("TradingRestrictionRequested");
        }
    }
}
