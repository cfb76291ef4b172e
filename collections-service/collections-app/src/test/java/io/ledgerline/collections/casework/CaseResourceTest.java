package io.ledgerline.collections.casework;

import static io.ledgerline.collections.CollectionsApi.as;
import static io.ledgerline.collections.CollectionsApi.caseOf;
import static io.ledgerline.collections.CollectionsApi.customer;
import static io.ledgerline.collections.CollectionsApi.runDunning;
import static io.ledgerline.collections.CollectionsApi.storedEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.ledgerline.collections.CollectionsApi;
import io.ledgerline.collections.MovableClock;
import io.ledgerline.collections.credit.CreditEvents;
import io.ledgerline.collections.customer.CustomerEvents;
import io.ledgerline.collections.receivables.ReceivablesEvents;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Cases and tasks end to end: customer and receivables facts on their real topics, the ladder run day by day on the test's
 * clock, the case read back through the API. Invoices of 1000.00 CNY due 2026-02-01 under the default policy: reminder
 * 01-25, first overdue email 02-02, phone call 02-16, finance 03-03, legal 04-02. Finance and legal owners are the
 * shipped defaults finance.collections and legal.collections.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "collections"))
class CaseResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    MovableClock clock;

    @BeforeEach
    void theDefaultPolicyIsCurrent() {
        clock.today(LocalDate.of(2026, 1, 20));
        CollectionsApi.defaultPolicyIsCurrent();
    }

    private static Map<String, Object> task(JsonPath view, String kind) {
        List<Map<String, Object>> tasks = view.getList("tasks");
        return tasks.stream().filter(t -> kind.equals(t.get("kind"))).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " task"));
    }

    @Nested
    class Ladder {

        @Test
        void a_case_opens_at_plus_1_gets_a_call_at_15_goes_to_finance_at_30_legal_at_60_and_closes_after_payment() throws Exception {
            String c = customer("CASE");
            CustomerEvents.publish(CustomerEvents.registered(c, "sales.li"), 0);
            ReceivablesEvents ledger = new ReceivablesEvents(c);
            String invoice = ledger.invoice("INV-C101", "1000.00", "CNY", "2026-01-02", "2026-02-01");

            clock.today("2026-01-25");
            runDunning();
            as("collector").get("/api/v1/customers/{id}/case", c).then().statusCode(404).contentType(PROBLEM)
                    .body("type", equalTo("https://ledgerline.io/problems/case-not-found"));

            clock.today("2026-02-01");
            runDunning();
            // due today: not overdue yet
            as("collector").get("/api/v1/customers/{id}/case", c).then().statusCode(404);

            clock.today("2026-02-02");
            runDunning();
            JsonPath opened = caseOf(c);
            assertThat(opened.getString("status")).isEqualTo("OPEN");
            assertThat(opened.getInt("caseNumber")).isEqualTo(1);
            assertThat(opened.getString("owner")).isEqualTo("sales.li");
            assertThat(opened.getString("level")).isEqualTo("SALES");
            assertThat(opened.getString("openedOn")).isEqualTo("2026-02-02");
            assertThat(task(opened, "REMINDER")).as("the reminder of 01-25 is taken by the case")
                    .containsEntry("owner", "sales.li").containsEntry("status", "OPEN").containsEntry("dueDate", "2026-01-25");
            String caseId = opened.getString("caseId");

            clock.today("2026-02-16");
            runDunning();
            JsonPath called = caseOf(c);
            assertThat(task(called, "CALL")).containsEntry("owner", "sales.li").containsEntry("dueDate", "2026-02-16")
                    .containsEntry("stepId", "phone-call").containsEntry("invoiceNumber", "INV-C101");
            assertThat(called.getString("owner")).isEqualTo("sales.li");

            clock.today("2026-03-03");
            runDunning();
            JsonPath finance = caseOf(c);
            assertThat(finance.getString("caseId")).isEqualTo(caseId);
            assertThat(finance.getString("owner")).isEqualTo("finance.collections");
            assertThat(finance.getString("level")).isEqualTo("FINANCE");
            assertThat(task(finance, "REVIEW")).containsEntry("owner", "finance.collections").containsEntry("dueDate", "2026-03-03");
            List<Map<String, Object>> reassigned = finance.getList("history.findAll { it.event == 'CaseReassigned' }");
            assertThat(reassigned).singleElement().satisfies(h -> assertThat(h).containsEntry("fromOwner", "sales.li")
                    .containsEntry("toOwner", "finance.collections").containsEntry("by", "collections-service").containsEntry("on", "2026-03-03"));

            clock.today("2026-04-02");
            runDunning();
            JsonPath legal = caseOf(c);
            assertThat(legal.getString("owner")).isEqualTo("legal.collections");
            assertThat(legal.getString("level")).isEqualTo("LEGAL");
            assertThat(task(legal, "LEGAL_REVIEW")).containsEntry("owner", "legal.collections").containsEntry("status", "OPEN");
            assertThat(legal.getList("history.findAll { it.event == 'CaseReassigned' }.toOwner"))
                    .containsExactly("finance.collections", "legal.collections");

            ledger.paid(invoice, "1000.00", "CNY", "2026-04-02");
            clock.today("2026-04-03");
            runDunning();
            JsonPath closed = caseOf(c);
            assertThat(closed.getString("status")).isEqualTo("CLOSED");
            assertThat(closed.getString("closedOn")).isEqualTo("2026-04-03");
            assertThat(closed.getList("tasks.status")).as("every open task is cancelled").containsOnly("CANCELLED");
            assertThat(closed.getList("tasks.kind")).containsExactlyInAnyOrder("REMINDER", "CALL", "REVIEW", "LEGAL_REVIEW");
            assertThat(storedEvents(Casework.idOf(c), "ledgerline.collections.CaseOpened.v1")).isEqualTo(1);
            assertThat(storedEvents(Casework.idOf(c), "ledgerline.collections.CaseClosed.v1")).isEqualTo(1);
            runDunning();
            assertThat(storedEvents(Casework.idOf(c), "ledgerline.collections.CaseClosed.v1")).as("closed once").isEqualTo(1);

            ledger.invoice("INV-C102", "500.00", "CNY", "2026-04-03", "2026-04-10");
            clock.today("2026-04-11");
            runDunning();
            JsonPath reopened = caseOf(c);
            assertThat(reopened.getInt("caseNumber")).isEqualTo(2);
            assertThat(reopened.getString("caseId")).isNotEqualTo(caseId);
            assertThat(reopened.getString("status")).isEqualTo("OPEN");
            assertThat(reopened.getString("owner")).isEqualTo("sales.li");
            as("credit-manager").get("/api/v1/cases/{caseId}", caseId).then().statusCode(200).body("status", equalTo("CLOSED"));
        }
    }

    /** A customer whose invoice due 02-01 is already at the finance step on 03-05: its case is open with tasks. */
    private String overdueCustomer(String prefix, String amount, String due) {
        clock.today("2026-03-05");
        String c = customer(prefix);
        CustomerEvents.publish(CustomerEvents.registered(c, "sales.li"), 0);
        new ReceivablesEvents(c).invoice("INV-" + prefix, amount, "CNY", "2026-01-02", due);
        return c;
    }

    @Nested
    class Endpoints {

        @Test
        void a_case_is_read_by_id_and_by_customer_with_every_collections_role() {
            String c = overdueCustomer("CRD", "1000.00", "2026-02-01");
            String caseId = caseOf(c).getString("caseId");
            for (String role : List.of("collector", "finance", "sales", "credit-manager")) {
                as(role).get("/api/v1/cases/{caseId}", caseId).then().statusCode(200).body("customerId", equalTo(c))
                        .body("level", equalTo("FINANCE")).body("owner", equalTo("finance.collections"));
                as(role).get("/api/v1/customers/{id}/case", c).then().statusCode(200).body("caseId", equalTo(caseId));
            }
            as("ops").get("/api/v1/cases/{caseId}", caseId).then().statusCode(403).contentType(PROBLEM);
            as("ops").get("/api/v1/customers/{id}/case", c).then().statusCode(403).contentType(PROBLEM);
            given().get("/api/v1/cases/{caseId}", caseId).then().statusCode(401);
            as("collector").get("/api/v1/cases/{caseId}", UUID.randomUUID().toString()).then().statusCode(404).contentType(PROBLEM)
                    .body("type", equalTo("https://ledgerline.io/problems/case-not-found"));
        }

        @Test
        void an_activity_is_logged_and_listed_on_the_case() throws Exception {
            String c = overdueCustomer("ACT", "1000.00", "2026-02-01");
            String caseId = caseOf(c).getString("caseId");
            as("sales").body("{\"type\":\"CALL\",\"occurredOn\":\"2026-03-04\",\"summary\":\"called Wang Fang\",\"outcome\":\"promised to pay\"}")
                    .post("/api/v1/cases/{caseId}/activities", caseId).then().statusCode(201)
                    .body("activities[0].type", equalTo("CALL")).body("activities[0].occurredOn", equalTo("2026-03-04"))
                    .body("activities[0].summary", equalTo("called Wang Fang")).body("activities[0].outcome", equalTo("promised to pay"))
                    .body("activities[0].loggedBy", equalTo("sales-user")).body("activities[0].loggedOn", equalTo("2026-03-05"));
            as("collector").body("{\"type\":\"NOTE\",\"occurredOn\":\"2026-03-05\",\"summary\":\"waiting\"}")
                    .post("/api/v1/cases/{caseId}/activities", caseId).then().statusCode(201);
            assertThat(caseOf(c).getList("activities.type")).containsExactly("CALL", "NOTE");
            assertThat(storedEvents(Casework.idOf(c), "ledgerline.collections.ActivityLogged.v1")).isEqualTo(2);
        }

        @Test
        void an_activity_with_bad_input_is_400_and_stores_nothing() throws Exception {
            String c = overdueCustomer("ACB", "1000.00", "2026-02-01");
            String caseId = caseOf(c).getString("caseId");
            Map<String, String> bad = Map.of(
                    "{\"type\":\"FAX\",\"occurredOn\":\"2026-03-04\",\"summary\":\"x\"}", "type",
                    "{\"type\":\"CALL\",\"occurredOn\":\"2026-02-30\",\"summary\":\"x\"}", "occurredOn",
                    "{\"type\":\"CALL\",\"occurredOn\":\"2026-03-06\",\"summary\":\"x\"}", "occurredOn",
                    "{\"type\":\"CALL\",\"occurredOn\":\"2026-03-04\"}", "summary",
                    "{\"type\":\"CALL\",\"occurredOn\":\"2026-03-04\",\"summary\":\"  \"}", "summary",
                    "{\"type\":\"CALL\",\"occurredOn\":\"2026-03-04\",\"summary\":\"x\",\"mood\":\"good\"}", "mood");
            bad.forEach((body, field) -> as("collector").body(body).post("/api/v1/cases/{caseId}/activities", caseId).then()
                    .statusCode(400).contentType(PROBLEM).body("field", equalTo(field)));
            for (String body : List.of("[]", "{\"type\":", "")) {
                as("collector").body(body).post("/api/v1/cases/{caseId}/activities", caseId).then().statusCode(400).contentType(PROBLEM);
            }
            as("collector").body("{\"type\":\"CALL\",\"occurredOn\":\"2026-03-04\",\"summary\":\"x\"}")
                    .post("/api/v1/cases/{caseId}/activities", UUID.randomUUID().toString()).then().statusCode(404);
            for (String role : List.of("credit-manager", "ops")) {
                as(role).body("{\"type\":\"CALL\",\"occurredOn\":\"2026-03-04\",\"summary\":\"x\"}")
                        .post("/api/v1/cases/{caseId}/activities", caseId).then().statusCode(403).contentType(PROBLEM);
            }
            assertThat(storedEvents(Casework.idOf(c), "ledgerline.collections.ActivityLogged.v1")).isZero();
        }

        @Test
        void a_task_is_completed_once_with_its_outcome() {
            String c = overdueCustomer("TCO", "1000.00", "2026-02-10");
            String call = (String) task(caseOf(c), "CALL").get("taskId");
            as("credit-manager").body("{\"outcome\":\"x\"}").post("/api/v1/tasks/{taskId}/completion", call).then().statusCode(403)
                    .contentType(PROBLEM);
            for (String body : List.of("{}", "{\"outcome\":\"\"}", "{\"outcome\":12}", "{\"outcome\":\"x\",\"by\":\"me\"}", "nope")) {
                as("sales").body(body).post("/api/v1/tasks/{taskId}/completion", call).then().statusCode(400).contentType(PROBLEM);
            }
            as("sales").body("{\"outcome\":\"promised to pay by 2026-03-20\"}").post("/api/v1/tasks/{taskId}/completion", call).then()
                    .statusCode(200).body("tasks.find { it.taskId == '" + call + "' }.status", equalTo("DONE"))
                    .body("tasks.find { it.taskId == '" + call + "' }.outcome", equalTo("promised to pay by 2026-03-20"))
                    .body("tasks.find { it.taskId == '" + call + "' }.completedBy", equalTo("sales-user"))
                    .body("history.event", hasItem("TaskCompleted"));
            as("sales").body("{\"outcome\":\"again\"}").post("/api/v1/tasks/{taskId}/completion", call).then().statusCode(409)
                    .contentType(PROBLEM).body("type", equalTo("https://ledgerline.io/problems/task-not-open"));
            as("sales").body("{\"outcome\":\"x\"}").post("/api/v1/tasks/{taskId}/completion", "no-such-task").then().statusCode(404)
                    .body("type", equalTo("https://ledgerline.io/problems/task-not-found"));
        }

        @Test
        void a_task_is_reassigned_with_its_history() {
            String c = overdueCustomer("TRA", "1000.00", "2026-02-10");
            String call = (String) task(caseOf(c), "CALL").get("taskId");
            as("credit-manager").body("{\"owner\":\"sales.wu\",\"reason\":\"x\"}").post("/api/v1/tasks/{taskId}/reassignment", call).then()
                    .statusCode(403);
            for (String body : List.of("{\"reason\":\"x\"}", "{\"owner\":\"sales wu\",\"reason\":\"x\"}", "{\"owner\":\"sales.wu\"}",
                    "{\"owner\":\"sales.wu\",\"reason\":\"x\",\"due\":\"2026-03-09\"}")) {
                as("collector").body(body).post("/api/v1/tasks/{taskId}/reassignment", call).then().statusCode(400).contentType(PROBLEM);
            }
            as("collector").body("{\"owner\":\"sales.li\",\"reason\":\"x\"}").post("/api/v1/tasks/{taskId}/reassignment", call).then()
                    .statusCode(409).body("type", equalTo("https://ledgerline.io/problems/same-owner"));
            JsonPath after = as("collector").body("{\"owner\":\"sales.wu\",\"reason\":\"sales.li is on leave\"}")
                    .post("/api/v1/tasks/{taskId}/reassignment", call).then().statusCode(200).extract().jsonPath();
            assertThat(task(after, "CALL")).containsEntry("owner", "sales.wu").containsEntry("status", "OPEN");
            List<Map<String, Object>> moved = after.getList("history.findAll { it.event == 'TaskReassigned' }");
            assertThat(moved).singleElement().satisfies(h -> assertThat(h).containsEntry("taskId", call).containsEntry("fromOwner", "sales.li")
                    .containsEntry("toOwner", "sales.wu").containsEntry("by", "collector-user").containsEntry("detail", "sales.li is on leave"));
        }

        @Test
        void a_collector_gives_the_open_case_a_visit_which_is_completed_like_any_task() throws Exception {
            String c = overdueCustomer("TMV", "1000.00", "2026-02-10");
            String caseId = caseOf(c).getString("caseId");
            Map<String, String> bad = Map.of(
                    "{\"kind\":\"FAX\",\"owner\":\"sales.wu\",\"dueDate\":\"2026-03-06\"}", "kind",
                    "{\"kind\":\"VISIT\",\"owner\":\"sales wu\",\"dueDate\":\"2026-03-06\"}", "owner",
                    "{\"kind\":\"VISIT\",\"owner\":\"sales.wu\",\"dueDate\":\"2026-03-04\"}", "dueDate",
                    "{\"kind\":\"VISIT\",\"owner\":\"sales.wu\",\"dueDate\":\"2027-03-06\"}", "dueDate",
                    "{\"kind\":\"VISIT\",\"owner\":\"sales.wu\"}", "dueDate",
                    "{\"kind\":\"VISIT\",\"owner\":\"sales.wu\",\"dueDate\":\"2026-03-06\",\"priority\":1}", "priority");
            bad.forEach((body, field) -> as("collector").body(body).post("/api/v1/cases/{caseId}/tasks", caseId).then().statusCode(400)
                    .contentType(PROBLEM).body("field", equalTo(field)));
            String visit = "{\"kind\":\"VISIT\",\"owner\":\"sales.wu\",\"dueDate\":\"2026-03-06\",\"note\":\"collect the cheque\"}";
            as("credit-manager").body(visit).post("/api/v1/cases/{caseId}/tasks", caseId).then().statusCode(403);
            as("collector").body(visit).post("/api/v1/cases/{caseId}/tasks", "no-such-case").then().statusCode(404);
            assertThat(storedEvents(Casework.idOf(c), "ledgerline.collections.TaskCreated.v1")).as("the ladder's reminder and call")
                    .isEqualTo(2);
            JsonPath made = as("sales").body(visit).post("/api/v1/cases/{caseId}/tasks", caseId).then().statusCode(201).extract()
                    .jsonPath();
            Map<String, Object> task = made.getMap("tasks.find { it.kind == 'VISIT' }");
            assertThat(task).containsEntry("owner", "sales.wu").containsEntry("dueDate", "2026-03-06").containsEntry("stepId", "manual")
                    .containsEntry("note", "collect the cheque").containsEntry("status", "OPEN").doesNotContainKey("invoiceId");
            as("sales").body("{\"outcome\":\"cheque collected\"}").post("/api/v1/tasks/{taskId}/completion", task.get("taskId")).then()
                    .statusCode(200).body("tasks.find { it.kind == 'VISIT' }.status", equalTo("DONE"));
        }

        @Test
        void a_case_is_reassigned_by_collector_or_finance_keeping_its_level() {
            String c = overdueCustomer("CRA", "1000.00", "2026-02-01");
            String caseId = caseOf(c).getString("caseId");
            for (String role : List.of("sales", "credit-manager")) {
                as(role).body("{\"owner\":\"finance.qian\",\"reason\":\"x\"}").post("/api/v1/cases/{caseId}/reassignment", caseId).then()
                        .statusCode(403).contentType(PROBLEM);
            }
            as("finance").body("{\"owner\":\"\",\"reason\":\"x\"}").post("/api/v1/cases/{caseId}/reassignment", caseId).then()
                    .statusCode(400).body("field", equalTo("owner"));
            as("finance").body("{\"owner\":\"finance.qian\"}").post("/api/v1/cases/{caseId}/reassignment", caseId).then()
                    .statusCode(400).body("field", equalTo("reason"));
            as("finance").body("{\"owner\":\"finance.collections\",\"reason\":\"x\"}").post("/api/v1/cases/{caseId}/reassignment", caseId)
                    .then().statusCode(409).body("type", equalTo("https://ledgerline.io/problems/same-owner"));
            as("finance").body("{\"owner\":\"finance.qian\",\"reason\":\"x\"}").post("/api/v1/cases/{caseId}/reassignment", "nope").then()
                    .statusCode(404);
            as("finance").body("{\"owner\":\"finance.qian\",\"reason\":\"east region\"}").post("/api/v1/cases/{caseId}/reassignment", caseId)
                    .then().statusCode(200).body("owner", equalTo("finance.qian")).body("level", equalTo("FINANCE"))
                    .body("history.findAll { it.event == 'CaseReassigned' }.by", equalTo(List.of("collections-service", "finance-user")));
        }
    }

    @Nested
    class Downgrades {

        @Test
        void a_credit_downgrade_gives_the_open_case_a_grade_review_once() {
            String c = overdueCustomer("DWN", "1000.00", "2026-02-10");
            String caseId = caseOf(c).getString("caseId");
            CreditEvents.downgraded(c, "B", "C", "2026-03-04", 5);
            clock.today("2026-03-05");
            runDunning();
            runDunning();
            JsonPath view = caseOf(c);
            assertThat(view.getString("caseId")).isEqualTo(caseId);
            List<Map<String, Object>> reviews = view.getList("tasks.findAll { it.kind == 'GRADE_REVIEW' }");
            assertThat(reviews).singleElement().satisfies(t -> assertThat(t).containsEntry("owner", "sales.li")
                    .containsEntry("stepId", "grade-downgrade").containsEntry("status", "OPEN").doesNotContainKey("invoiceId"));
        }
    }

    @Nested
    class CollectorQueue {

        @Test
        void ranks_open_cases_by_overdue_times_days_times_grade_weight_in_one_currency() {
            // on 03-05, no grade (weight 2): A 1000.00 due 02-01, 32 days: 64000.00; B 3000.00 due 02-20, 13 days: 78000.00
            String a = overdueCustomer("QUA", "1000.00", "2026-02-01");
            String b = overdueCustomer("QUB", "3000.00", "2026-02-20");
            new ReceivablesEvents(a).invoice("INV-QUA-USD", "40.00", "USD", "2026-01-02", "2026-03-01");
            String owner = "queue." + UUID.randomUUID().toString().substring(0, 8);
            for (String c : List.of(a, b)) {
                as("finance").body("{\"owner\":\"" + owner + "\",\"reason\":\"queue test\"}")
                        .post("/api/v1/cases/{caseId}/reassignment", caseOf(c).getString("caseId")).then().statusCode(200);
            }
            JsonPath cny = as("collector").queryParam("owner", owner).queryParam("currency", "CNY").get("/api/v1/collector-queue").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(cny.getList("rows.customerId")).containsExactly(b, a);
            assertThat(cny.getList("rows.priority")).containsExactly("78000.00", "64000.00");
            assertThat(cny.getList("rows.oldestDaysOverdue")).containsExactly(13, 32);
            assertThat(cny.getString("rows[1].overdueInCurrency.amount")).isEqualTo("1000.00");
            assertThat(cny.getString("rows[1].gradeWeight")).isEqualTo("2");
            assertThat(cny.getList("rows[1].overdue.currency")).as("overdue per currency, never summed").containsExactly("CNY", "USD");
            assertThat(cny.getList("rows[1].openTasks.kind")).as("the call of sales is superseded at finance").contains("REVIEW")
                    .doesNotContain("CALL");
            assertThat(cny.getInt("total")).isEqualTo(2);

            // USD: 40.00 x 4 days x 2 = 320.00, only A owes USD
            as("sales").queryParam("owner", owner).queryParam("currency", "USD").get("/api/v1/collector-queue").then().statusCode(200)
                    .body("rows.customerId", equalTo(List.of(a))).body("rows[0].priority", equalTo("320.00"));
            as("credit-manager").queryParam("owner", owner).queryParam("currency", "CNY").queryParam("page", "1").queryParam("size", "1")
                    .get("/api/v1/collector-queue").then().statusCode(200).body("rows.customerId", equalTo(List.of(a)))
                    .body("total", equalTo(2));
        }

        @Test
        void bad_parameters_are_400_and_other_roles_403() {
            for (Map<String, String> params : List.of(Map.<String, String>of(), Map.of("currency", "cny"), Map.of("currency", "CNY", "page", "-1"),
                    Map.of("currency", "CNY", "size", "0"), Map.of("currency", "CNY", "size", "201"), Map.of("currency", "CNY", "page", "x"))) {
                as("collector").queryParams(params).get("/api/v1/collector-queue").then().statusCode(400).contentType(PROBLEM);
            }
            as("collector").queryParam("size", "0").queryParam("currency", "CNY").get("/api/v1/collector-queue").then()
                    .body("field", equalTo("size"));
            as("ops").queryParam("currency", "CNY").get("/api/v1/collector-queue").then().statusCode(403).contentType(PROBLEM);
            given().accept(ContentType.JSON).queryParam("currency", "CNY").get("/api/v1/collector-queue").then().statusCode(401);
        }
    }
}
