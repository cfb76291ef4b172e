package io.ledgerline.collections.attribution;

import static io.ledgerline.collections.CollectionsApi.as;
import static io.ledgerline.collections.CollectionsApi.customer;
import static io.ledgerline.collections.CollectionsApi.runDunning;
import static io.ledgerline.collections.CollectionsApi.storedEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.collections.CollectionsApi;
import io.ledgerline.collections.MovableClock;
import io.ledgerline.collections.api.CollectionsTopics;
import io.ledgerline.collections.customer.CustomerEvents;
import io.ledgerline.collections.receivables.ReceivablesEvents;
import io.ledgerline.collections.reminder.SmtpServer;
import io.ledgerline.customer.api.v1.Contact;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payments attributed end to end: customer and receivables facts on their real topics, the ladder run day by day on the
 * test's clock, reminder emails delivered to a real SMTP server (GreenMail), activities logged and a call task completed
 * through the API, the attribution read back through the API and off {@code ledgerline.collections.events}. Invoice
 * INV-A1, 1000.00 USD due 2026-02-01 under the default policy: courtesy email 01-29, first overdue email 02-02 (the case
 * opens), second overdue email 02-08, phone call 02-16. A second invoice due 04-30 keeps the customer in the daily run.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "collections"))
@QuarkusTestResource(SmtpServer.class)
class PaymentAttributionsResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ATTRIBUTED = "ledgerline.collections.PaymentAttributed.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MovableClock clock;

    @Inject
    PaymentsToAttribute payments;

    @Inject
    Attributions attributions;

    @BeforeEach
    void theDefaultPolicyIsCurrent() {
        clock.today(LocalDate.of(2026, 1, 20));
        CollectionsApi.defaultPolicyIsCurrent();
    }

    private static JsonPath attributions(String customerId) {
        return as("collector").get("/api/v1/customers/{id}/payment-attributions", customerId).then().statusCode(200)
                .body("customerId", equalTo(customerId)).extract().jsonPath();
    }

    private static void awaitSent(String customerId, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> as("collector").queryParam("status", "SENT")
                .get("/api/v1/customers/{id}/reminders", customerId).then().statusCode(200).extract().jsonPath()
                .getList("reminders").size() == count);
    }

    private static void activity(String caseId, String type, String occurredOn, String summary) {
        as("sales").body("{\"type\":\"" + type + "\",\"occurredOn\":\"" + occurredOn + "\",\"summary\":\"" + summary + "\"}")
                .post("/api/v1/cases/{caseId}/activities", caseId).then().statusCode(201);
    }

    /** A customer with a finance contact, so its reminder emails are sent. */
    private static String customerWithFinanceContact(String prefix) {
        String c = customer(prefix);
        CustomerEvents.publish(CustomerEvents.registered(c, "sales.li"), 1);
        CustomerEvents.publish(CustomerEvents.contacts(c, new Contact("Li Na", "finance", c.toLowerCase() + "@acme.example.com",
                "+86 21 5555 0100")), 2);
        return c;
    }

    @Test
    void a_payment_is_attributed_the_day_after_to_the_reminders_calls_and_call_task_of_its_window_and_only_once() throws Exception {
        String c = customerWithFinanceContact("ATR");
        ReceivablesEvents ledger = new ReceivablesEvents(c);
        String invoice = ledger.invoice("INV-A1", "1000.00", "USD", "2026-01-02", "2026-02-01");
        ledger.invoice("INV-A2", "300.00", "USD", "2026-01-02", "2026-04-30");

        clock.today("2026-01-29");
        runDunning();
        awaitSent(c, 1);
        clock.today("2026-02-02");
        runDunning();
        awaitSent(c, 2);
        JsonPath opened = as("collector").get("/api/v1/customers/{id}/case", c).then().statusCode(200).extract().jsonPath();
        String caseId = opened.getString("caseId");

        clock.today("2026-02-05");
        activity(caseId, "CALL", "2026-02-04", "called Li Na");
        activity(caseId, "NOTE", "2026-02-05", "she sounded positive");

        clock.today("2026-02-16");
        runDunning();
        // the second overdue email (its day 02-08 passed without a run) goes out late, with the call task
        awaitSent(c, 3);
        List<Map<String, Object>> tasks = as("collector").get("/api/v1/customers/{id}/case", c).then().statusCode(200).extract()
                .jsonPath().getList("tasks.findAll { it.kind == 'CALL' }");
        String callTask = (String) tasks.get(0).get("taskId");
        clock.today("2026-02-17");
        as("sales").body("{\"outcome\":\"will pay on the 20th\"}").post("/api/v1/tasks/{taskId}/completion", callTask).then()
                .statusCode(200);

        clock.today("2026-02-20");
        ledger.paid(invoice, "1000.00", "USD", "2026-02-20");
        assertThat(attributions(c).getList("payments")).as("touches of the day paid may still come: it waits for the day after")
                .isEmpty();

        clock.today("2026-02-21");
        // logged on 02-21 about 02-19: not known before the business date the payment is attributed on
        activity(caseId, "EMAIL", "2026-02-19", "sent the bank details again");
        runDunning();

        JsonPath read = attributions(c);
        assertThat(read.getList("payments")).hasSize(1);
        assertThat(read.getString("payments[0].invoiceId")).isEqualTo(invoice);
        assertThat(read.getString("payments[0].invoiceNumber")).isEqualTo("INV-A1");
        assertThat(read.getString("payments[0].amount.amount")).isEqualTo("1000.00");
        assertThat(read.getString("payments[0].amount.currency")).isEqualTo("USD");
        assertThat(read.getString("payments[0].paidOn")).isEqualTo("2026-02-20");
        assertThat(read.getString("payments[0].attributedOn")).isEqualTo("2026-02-21");
        assertThat(read.getInt("payments[0].windowDays")).isEqualTo(30);
        assertThat(read.getString("payments[0].lastTouch")).isEqualTo("CALL");
        assertThat(read.getList("payments[0].touches.kind")).containsExactly("REMINDER_EMAIL", "REMINDER_EMAIL", "CALL", "REMINDER_EMAIL",
                "CALL");
        assertThat(read.getList("payments[0].touches.occurredOn")).containsExactly("2026-01-29", "2026-02-02", "2026-02-04", "2026-02-16",
                "2026-02-17");
        assertThat(read.getList("payments[0].touches.daysBefore")).containsExactly(22, 18, 16, 4, 3);
        assertThat(read.getList("payments[0].touches.by")).containsExactly("collections-service", "collections-service", "sales-user",
                "collections-service", "sales-user");
        assertThat(read.getString("payments[0].touches[0].detail")).isEqualTo("courtesy-email for invoice INV-A1 to "
                + c.toLowerCase() + "@acme.example.com");
        assertThat(read.getString("payments[0].touches[2].detail")).isEqualTo("called Li Na");
        assertThat(read.getString("payments[0].touches[3].detail")).startsWith("second-overdue-email for invoice INV-A1");
        assertThat(read.getString("payments[0].touches[4].touchId")).isEqualTo(callTask);
        assertThat(read.getString("payments[0].touches[4].detail")).isEqualTo("call task phone-call for invoice INV-A1 done: will pay on the 20th");
        String paymentId = read.getString("payments[0].paymentId");

        List<ConsumerRecord<String, String>> records = TestTopics.readUntil(CollectionsTopics.EVENTS,
                r -> !published(r, c).isEmpty(), Duration.ofSeconds(60));
        JsonNode event = published(records, c).get(0);
        assertThat(event.path("paymentId").asText()).isEqualTo(paymentId);
        assertThat(event.path("amount").path("amount").isTextual()).as("amounts travel as strings").isTrue();
        assertThat(event.path("amount").path("amount").asText()).isEqualTo("1000.00");
        assertThat(event.path("lastTouch").asText()).isEqualTo("CALL");
        assertThat(event.path("touches")).hasSize(5);

        // a re-run and an unapplication of the payment attribute nothing again and withdraw nothing
        runDunning();
        clock.today("2026-02-22");
        ledger.unapplied(invoice, "1000.00", "USD", "2026-02-22");
        clock.today("2026-02-23");
        runDunning();
        assertThat(storedEvents(Attribution.idOf(c), ATTRIBUTED)).isEqualTo(1);
        assertThat(attributions(c).getList("payments.paymentId")).containsExactly(paymentId);
    }

    @Test
    void a_payment_without_any_touch_in_its_window_is_attributed_to_none() throws Exception {
        String c = customerWithFinanceContact("ATN");
        ReceivablesEvents ledger = new ReceivablesEvents(c);
        String invoice = ledger.invoice("INV-N1", "250.50", "EUR", "2026-01-02", "2026-06-30");
        ledger.invoice("INV-N2", "99.00", "EUR", "2026-01-02", "2026-06-30");
        clock.today("2026-01-21");
        ledger.paid(invoice, "100.25", "EUR", "2026-01-21");
        clock.today("2026-01-22");
        runDunning();

        JsonPath read = attributions(c);
        assertThat(read.getList("payments")).hasSize(1);
        assertThat(read.getString("payments[0].amount.amount")).isEqualTo("100.25");
        assertThat(read.getString("payments[0].amount.currency")).isEqualTo("EUR");
        assertThat(read.getList("payments[0].touches")).isEmpty();
        assertThat(read.getString("payments[0].lastTouch")).isNull();
        assertThat(storedEvents(Attribution.idOf(c), ATTRIBUTED)).isEqualTo(1);

        as("finance").queryParam("from", "2026-01-21").queryParam("to", "2026-01-21")
                .get("/api/v1/customers/{id}/payment-attributions", c).then().statusCode(200).body("payments.size()", equalTo(1));
        as("finance").queryParam("from", "2026-01-22").get("/api/v1/customers/{id}/payment-attributions", c).then().statusCode(200)
                .body("payments.size()", equalTo(0));
    }

    @Test
    void a_customer_whose_payment_settled_its_only_item_is_listed_for_attribution_until_attributed() {
        String c = customer("ATS");
        ReceivablesEvents ledger = new ReceivablesEvents(c);
        String invoice = ledger.invoice("INV-S1", "80.00", "USD", "2026-01-02", "2026-06-30");
        clock.today("2026-01-21");
        ledger.paid(invoice, "80.00", "USD", "2026-01-21");
        assertThat(payments.customers(LocalDate.of(2026, 1, 21))).as("not before the day after").doesNotContain(c);
        assertThat(payments.customers(LocalDate.of(2026, 1, 22))).contains(c);
        QuarkusTransaction.requiringNew().run(() -> attributions.attributeWithin(c, LocalDate.of(2026, 1, 22)));
        assertThat(payments.customers(LocalDate.of(2026, 1, 22))).doesNotContain(c);
        assertThat(attributions(c).getList("payments.amount.amount")).containsExactly("80.00");
    }

    @Test
    void every_collections_role_reads_it_others_do_not_and_bad_input_is_refused() {
        String c = customer("ATE");
        new ReceivablesEvents(c).invoice("INV-E1", "10.00", "USD", "2026-01-02", "2026-06-30");
        for (String role : List.of("collector", "finance", "sales", "credit-manager")) {
            as(role).get("/api/v1/customers/{id}/payment-attributions", c).then().statusCode(200).body("payments.size()", equalTo(0));
        }
        as("ops").get("/api/v1/customers/{id}/payment-attributions", c).then().statusCode(403).contentType(PROBLEM);
        as("erp-integration").get("/api/v1/customers/{id}/payment-attributions", c).then().statusCode(403);
        given().get("/api/v1/customers/{id}/payment-attributions", c).then().statusCode(401);

        as("collector").get("/api/v1/customers/{id}/payment-attributions", customer("ATU")).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://ledgerline.io/problems/customer-not-found"));
        as("collector").queryParam("from", "yesterday").get("/api/v1/customers/{id}/payment-attributions", c).then().statusCode(400)
                .contentType(PROBLEM).body("field", equalTo("from"));
        as("collector").queryParam("to", "2026-02-30").get("/api/v1/customers/{id}/payment-attributions", c).then().statusCode(400)
                .body("field", equalTo("to"));
        as("collector").queryParam("from", "2026-03-01").queryParam("to", "2026-02-01")
                .get("/api/v1/customers/{id}/payment-attributions", c).then().statusCode(400).body("field", equalTo("from"));
        as("collector").get("/api/v1/customers/{id}/payment-attributions", "X".repeat(101)).then().statusCode(400)
                .body("field", equalTo("id"));
    }

    private static List<JsonNode> published(List<ConsumerRecord<String, String>> records, String customerId) {
        return records.stream().map(r -> {
            try {
                return JSON.readTree(r.value());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(e -> customerId.equals(e.path("customerid").asText()) && ATTRIBUTED.equals(e.path("type").asText()))
                .map(e -> e.path("data")).toList();
    }
}
