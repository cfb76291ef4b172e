package io.ledgerline.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.ledgerline.testkit.TestTokens;
import io.ledgerline.testkit.TestTopics;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One unpaid invoice's 70 days on the real stack. customer-service knows the customer (its sales owner, its finance
 * contact's email), receivables-service issues the invoice, collections-service learns both over Debezium and Kafka and
 * climbs its dunning ladder as the business date moves: a reminder task for the sales owner, a courtesy email and two
 * overdue emails (read off a real SMTP server), a call task the sales owner completes with a promise to pay, the promise
 * broken and the case escalated to finance, the ladder's finance and legal steps, and the legal step's trading
 * restriction reaching credit-service, which blocks the customer so that its next order is held. Last, the collector's
 * queue lists the customer 70 days overdue.
 *
 * <p>collections-service restarts on each later business date (its clock pinned with {@code ledgerline.clock.fixed-instant},
 * as after a night) and the journey runs the dunning itself as of the days it names, instead of waiting for the daily run
 * or the fact-driven worker (both off), so every step is reached on its own day.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CollectionsJourneyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String CUSTOMER = "JOURNEY-COLLECTIONS";
    private static final String EVENTS = "ledgerline.collections.events";
    /** The customer's sales owner: the user the sales token names, so the call task is completed by its owner. */
    private static final String SALES_OWNER = "sales-user";
    private static final String FINANCE_CONTACT = "chen.jing@journey-collections.example";
    private static final String FINANCE_OWNER = "finance.collections";
    private static final String LEGAL_OWNER = "legal.collections";
    private static final String INVOICE = "JCOL-1001";
    private static final String AMOUNT = "8400.00";
    /** The invoice's due date; every business date of the journey is counted from it. */
    private static final LocalDate DUE = LocalDate.of(2026, 8, 3);

    private static final List<String> timings = new ArrayList<>();
    private static long journeyStarted;
    private static GreenMail smtp;
    private static int smtpPort;
    private static ServiceProcess customers;
    private static ServiceProcess receivables;
    private static ServiceProcess collections;
    private static ServiceProcess credit;
    private static String invoiceId;
    private static String caseId;

    @BeforeAll
    static void startServices() throws Exception {
        journeyStarted = System.nanoTime();
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        customers = new ServiceProcess("customer-collections", "customer-service/customer-app", "e2e_collections_customer",
                List.of("-Dledgerline.relay.slot=e2e_collections_customer_relay"));
        receivables = new ServiceProcess("receivables-collections", "receivables-service/receivables-app",
                "e2e_collections_receivables", List.of("-Dledgerline.relay.slot=e2e_collections_receivables_relay",
                        "-Dledgerline.customer-service.url=" + customers.url(), "-Dledgerline.business-day.every=off"));
        collections = collectionsOn(day(-3));
        startTogether(customers, receivables, collections);
        timings.add("customer-, receivables- and collections-service started together: " + sinceMillis(journeyStarted) + " ms");
    }

    @AfterAll
    static void stopServices() throws Exception {
        for (ServiceProcess p : new ServiceProcess[] {credit, collections, receivables, customers}) {
            if (p != null) {
                p.stop();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        timings.add("whole journey: " + sinceMillis(journeyStarted) + " ms");
        timings.forEach(t -> System.out.println("[collections journey] " + t));
    }

    @Test
    @Order(1)
    void d_minus_30_the_customer_is_registered_and_its_invoice_issued() {
        as("sales").body("""
                        {"customerId":"%s","legalName":"Journey Collections Trading Ltd.","registrationId":"91310000MA1JCOLL01",
                         "registeredCapital":{"amount":"10000000.00","currency":"CNY"},"foundingDate":"2005-09-01",
                         "ownershipType":"PRIVATE","industry":"WHOLESALE","region":"EAST","customerType":"DISTRIBUTOR",
                         "salesOwner":"%s","lifecycle":"ACTIVE"}""".formatted(CUSTOMER, SALES_OWNER))
                .post(customers.url() + "/api/v1/customers").then().statusCode(201);
        as("sales").body("""
                        {"contacts":[{"name":"Chen Jing","role":"finance","email":"%s","phone":"+86 21 5555 0101"}]}"""
                        .formatted(FINANCE_CONTACT))
                .put(customers.url() + "/api/v1/customers/" + CUSTOMER + "/contacts").then().statusCode(200);
        invoiceId = as("erp-integration").body("""
                        {"externalId":"INV-%s","invoiceNumber":"%s","customerId":"%s","issueDate":"%s","dueDate":"%s",
                         "currency":"USD","amount":"%s"}""".formatted(INVOICE, INVOICE, CUSTOMER, day(-30), DUE, AMOUNT))
                .post(receivables.url() + "/api/v1/erp/invoices").then().statusCode(201).extract().path("invoiceId");

        // collections-service learns the invoice, the sales owner and the finance contact from three topics.
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath dunning = as("collector").get(collections.url() + "/api/v1/customers/" + CUSTOMER + "/dunning")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(dunning.getString("salesOwner")).as(dunning.prettify()).isEqualTo(SALES_OWNER);
            assertThat(dunning.getString("financeContact.email")).isEqualTo(FINANCE_CONTACT);
            assertThat(dunning.getList("items.invoiceId")).containsExactly(invoiceId);
        });
        JsonPath dunning = as("collector").get(collections.url() + "/api/v1/customers/" + CUSTOMER + "/dunning")
                .then().statusCode(200).extract().jsonPath();
        assertThat(dunning.getString("items[0].invoiceNumber")).isEqualTo(INVOICE);
        assertThat(dunning.getString("items[0].dueDate")).isEqualTo(DUE.toString());
        assertThat(dunning.getString("items[0].open.amount")).isEqualTo(AMOUNT);
        assertThat(dunning.getString("items[0].open.currency")).isEqualTo("USD");
        assertThat(dunning.getString("ladder")).as("no grade: the standard ladder").isEqualTo("standard");
        assertThat(dunning.getList("items[0].stepsTaken")).isEmpty();
    }

    @Test
    @Order(2)
    void d_minus_7_a_reminder_task_for_the_sales_owner_and_d_minus_3_a_courtesy_email() {
        assertThat(runAsOf(day(-7))).containsExactly("reminder");
        // Before the due date there is no case yet: the task is published without one.
        JsonPath reminderTask = published("ledgerline.collections.TaskCreated.v1", 1).get(0);
        assertThat(reminderTask.getString("kind")).isEqualTo("REMINDER");
        assertThat(reminderTask.getString("owner")).isEqualTo(SALES_OWNER);
        assertThat(reminderTask.getString("dueDate")).isEqualTo(day(-7).toString());
        assertThat(reminderTask.getString("invoiceNumber")).isEqualTo(INVOICE);
        assertThat(reminderTask.getString("caseId")).isNull();
        as("collector").get(collections.url() + "/api/v1/customers/" + CUSTOMER + "/case").then().statusCode(404);

        assertThat(runAsOf(day(-3))).containsExactly("courtesy-email");
        MimeMessage courtesy = delivered("courtesy-email", 1);
        assertThat(subjectOf(courtesy)).isEqualTo("Friendly reminder: invoice " + INVOICE + " is due on 3 August 2026");
        assertThat(bodyOf(courtesy)).startsWith("Dear Chen Jing,").contains(INVOICE).contains("8,400.00 USD");
    }

    @Test
    @Order(3)
    void d_plus_1_the_first_overdue_email_opens_a_case_and_d_plus_7_the_second_follows() throws Exception {
        moveCollectionsTo(day(1));
        assertThat(runAsOf(day(1))).containsExactly("first-overdue-email");
        assertThat(subjectOf(delivered("first-overdue-email", 2))).isEqualTo("Overdue: invoice " + INVOICE + " is 1 day past due");
        JsonPath opened = caseOfCustomer();
        caseId = opened.getString("caseId");
        assertThat(opened.getString("status")).isEqualTo("OPEN");
        assertThat(opened.getString("level")).isEqualTo("SALES");
        assertThat(opened.getString("owner")).isEqualTo(SALES_OWNER);
        assertThat(opened.getString("openedOn")).isEqualTo(day(1).toString());
        assertThat(task(opened, "REMINDER")).as("the case takes the reminder task of D-7")
                .containsEntry("owner", SALES_OWNER).containsEntry("dueDate", day(-7).toString()).containsEntry("status", "OPEN");

        moveCollectionsTo(day(7));
        assertThat(runAsOf(day(7))).containsExactly("second-overdue-email");
        assertThat(subjectOf(delivered("second-overdue-email", 3)))
                .isEqualTo("Second notice: invoice " + INVOICE + " is 7 days past due");
        JsonPath reminders = as("collector").get(collections.url() + "/api/v1/customers/" + CUSTOMER + "/reminders")
                .then().statusCode(200).extract().jsonPath();
        assertThat(reminders.getList("reminders.stepId"))
                .containsExactly("courtesy-email", "first-overdue-email", "second-overdue-email");
        assertThat(reminders.getList("reminders.status")).containsOnly("SENT");
        assertThat(reminders.getList("reminders.sentOn")).containsExactly(day(-3).toString(), day(1).toString(), day(7).toString());
    }

    @Test
    @Order(4)
    void d_plus_15_the_sales_owner_calls_and_the_customer_promises_to_pay() throws Exception {
        moveCollectionsTo(day(16));
        assertThat(runAsOf(day(15))).containsExactly("phone-call");
        Map<String, Object> call = task(caseOfCustomer(), "CALL");
        assertThat(call).containsEntry("owner", SALES_OWNER).containsEntry("dueDate", day(15).toString())
                .containsEntry("status", "OPEN").containsEntry("invoiceNumber", INVOICE);

        JsonPath logged = as("sales").body("""
                        {"type":"CALL","occurredOn":"%s","summary":"called Chen Jing about %s","outcome":"promised to pay"}"""
                        .formatted(day(15), INVOICE))
                .post(collections.url() + "/api/v1/cases/" + caseId + "/activities").then().statusCode(201).extract().jsonPath();
        assertThat(logged.getList("activities.outcome")).containsExactly("promised to pay");
        assertThat(logged.getString("activities[0].loggedBy")).isEqualTo(SALES_OWNER);
        JsonPath completed = as("sales").body("{\"outcome\":\"promised to pay\"}")
                .post(collections.url() + "/api/v1/tasks/" + call.get("taskId") + "/completion").then().statusCode(200)
                .extract().jsonPath();
        assertThat(task(completed, "CALL")).containsEntry("status", "DONE").containsEntry("outcome", "promised to pay")
                .containsEntry("completedBy", SALES_OWNER).containsEntry("completedOn", day(16).toString());
        assertThat(completed.getString("level")).as("a call changes no level").isEqualTo("SALES");
    }

    /**
     * The promise to pay, against the contract of {@code POST /api/v1/cases/{caseId}/promises}: made on D+16 for D+20 with
     * three days' tolerance, nothing paid, judged BROKEN on D+24's evaluation, which escalates the case to finance before
     * the ladder's own finance step of D+30.
     */
    @Test
    @Order(5)
    void promise_to_pay_made_on_d_plus_16_is_broken_on_d_plus_24_and_escalates_the_case_to_finance() throws Exception {
        JsonPath promise = as("sales").body("""
                        {"amount":"%s","currency":"USD","promisedFor":"%s","toleranceDays":3}""".formatted(AMOUNT, day(20)))
                .post(collections.url() + "/api/v1/cases/" + caseId + "/promises").then().statusCode(201).extract().jsonPath();
        String promiseId = promise.getString("promiseId");
        assertThat(promise.getString("caseId")).isEqualTo(caseId);
        assertThat(promise.getString("customerId")).isEqualTo(CUSTOMER);
        assertThat(promise.getString("amount.amount")).isEqualTo(AMOUNT);
        assertThat(promise.getString("amount.currency")).isEqualTo("USD");
        assertThat(promise.getString("promisedFor")).isEqualTo(day(20).toString());
        assertThat(promise.getInt("toleranceDays")).isEqualTo(3);
        assertThat(promise.getString("madeOn")).isEqualTo(day(16).toString());
        assertThat(promise.getString("status")).isEqualTo("PENDING");

        moveCollectionsTo(day(24));
        assertThat(runAsOf(day(24))).as("no step of the ladder falls due between D+16 and D+24").isEmpty();
        JsonPath promises = as("collector").get(collections.url() + "/api/v1/customers/" + CUSTOMER + "/promises")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> broken = promises.getMap("promises.find { it.promiseId == '" + promiseId + "' }");
        assertThat(broken).as(promises.prettify()).containsEntry("status", "BROKEN").containsEntry("resolvedOn", day(24).toString());
        assertThat(new BigDecimal(promises.getString("promises.find { it.promiseId == '" + promiseId + "' }.paid.amount")))
                .as("nothing paid").isZero();

        JsonPath escalated = caseOfCustomer();
        assertThat(escalated.getString("level")).isEqualTo("FINANCE");
        assertThat(escalated.getString("owner")).isEqualTo(FINANCE_OWNER);
        List<Map<String, Object>> reassigned = escalated.getList("history.findAll { it.event == 'CaseReassigned' }");
        assertThat(reassigned).singleElement()
                .satisfies(h -> assertThat(h).containsEntry("toOwner", FINANCE_OWNER).containsEntry("level", "FINANCE")
                        .containsEntry("by", "collections-service").containsEntry("on", day(24).toString()));
        assertThat(task(escalated, "REVIEW")).containsEntry("owner", FINANCE_OWNER).containsEntry("status", "OPEN");
    }

    @Test
    @Order(6)
    void d_plus_30_the_finance_step_leaves_the_case_with_finance_and_asks_for_a_review() throws Exception {
        moveCollectionsTo(day(30));
        assertThat(runAsOf(day(30))).containsExactly("finance");
        JsonPath finance = caseOfCustomer();
        assertThat(finance.getString("caseId")).isEqualTo(caseId);
        assertThat(finance.getString("level")).isEqualTo("FINANCE");
        assertThat(finance.getString("owner")).isEqualTo(FINANCE_OWNER);
        // One escalation to finance, whether a broken promise or this step made it.
        assertThat(finance.getList("history.findAll { it.event == 'CaseReassigned' }.toOwner")).containsExactly(FINANCE_OWNER);
        List<Map<String, Object>> tasks = finance.getList("tasks");
        assertThat(tasks).filteredOn(t -> "REVIEW".equals(t.get("kind")) && "finance".equals(t.get("stepId"))).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("owner", FINANCE_OWNER).containsEntry("dueDate", day(30).toString()));
    }

    @Test
    @Order(7)
    void d_plus_60_the_legal_step_requests_a_trading_restriction_and_credit_service_blocks_the_customer() throws Exception {
        credit = new ServiceProcess("credit-collections-" + day(60), "credit-service/credit-app", "e2e_collections_credit",
                List.of("-Dledgerline.relay.slot=e2e_collections_credit_relay",
                        "-Dledgerline.clock.fixed-instant=" + day(60) + "T09:00:00Z"));
        long started = System.nanoTime();
        collections.stop();
        collections = collectionsOn(day(60));
        startTogether(collections, credit);
        timings.add("collections- and credit-service started together on " + day(60) + ": " + sinceMillis(started) + " ms");

        // Before the legal step an order is held only because credit-service never assessed the customer.
        JsonPath before = creditCheck("SO-JCOL-1");
        assertThat(before.getString("status")).as(before.prettify()).isEqualTo("HOLD");
        assertThat(before.getList("reasons.code")).doesNotContain("blocked");

        assertThat(runAsOf(day(60))).containsExactly("legal");
        JsonPath legal = caseOfCustomer();
        assertThat(legal.getString("level")).isEqualTo("LEGAL");
        assertThat(legal.getString("owner")).isEqualTo(LEGAL_OWNER);
        assertThat(task(legal, "LEGAL_REVIEW")).containsEntry("owner", LEGAL_OWNER).containsEntry("dueDate", day(60).toString());
        JsonPath requested = published("ledgerline.collections.TradingRestrictionRequested.v1", 1).get(0);
        assertThat(requested.getString("requestedOn")).isEqualTo(day(60).toString());
        assertThat(requested.getString("step")).isEqualTo("legal");
        assertThat(requested.getString("requestedBy")).isEqualTo("collections-service");
        assertThat(requested.getList("overdue")).containsExactly(Map.of("amount", AMOUNT, "currency", "USD"));
        String requestId = requested.getString("requestId");

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath requests = as("credit-manager").get(credit.url() + "/api/v1/customers/" + CUSTOMER + "/credit-block/requests")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(requests.getList("requests.requestId")).as(requests.prettify()).containsExactly(requestId);
            assertThat(requests.getString("requests[0].status")).isEqualTo("DONE");
            assertThat(requests.getString("requests[0].outcome")).isEqualTo("BLOCKED");
            assertThat(requests.getString("requests[0].step")).isEqualTo("legal");
        });
        JsonPath block = as("credit-manager").get(credit.url() + "/api/v1/customers/" + CUSTOMER + "/credit-block")
                .then().statusCode(200).extract().jsonPath();
        assertThat(block.getString("source")).isEqualTo("COLLECTIONS");
        assertThat(block.getString("blockId")).isEqualTo(requestId);
        assertThat(block.getString("blockedBy")).isEqualTo("collections:collections-service");
        assertThat(block.getString("blockedOn")).isEqualTo(day(60).toString());

        JsonPath after = creditCheck("SO-JCOL-2");
        assertThat(after.getString("status")).as(after.prettify()).isEqualTo("HOLD");
        assertThat(after.getString("reasons[0].code")).isEqualTo("blocked");
        assertThat(after.getString("reasons[0].detail")).contains("collections:collections-service").contains(INVOICE);
        assertThat(after.getList("reasons[0].releasableBy")).containsExactly("credit-manager");
    }

    @Test
    @Order(8)
    void d_plus_70_the_collectors_queue_lists_the_customer_seventy_days_overdue() throws Exception {
        moveCollectionsTo(day(70));
        assertThat(runAsOf(day(70))).as("the ladder is complete").isEmpty();
        JsonPath queue = as("collector").get(collections.url() + "/api/v1/collector-queue?currency=USD&size=200")
                .then().statusCode(200).extract().jsonPath();
        assertThat(queue.getString("asOf")).isEqualTo(day(70).toString());
        Map<String, Object> row = queue.getMap("rows.find { it.customerId == '" + CUSTOMER + "' }");
        assertThat(row).as(queue.prettify()).containsEntry("caseId", caseId).containsEntry("level", "LEGAL")
                .containsEntry("owner", LEGAL_OWNER).containsEntry("oldestDaysOverdue", 70);
        assertThat(queue.getString("rows.find { it.customerId == '" + CUSTOMER + "' }.overdueInCurrency.amount")).isEqualTo(AMOUNT);
        // 8400.00 USD x 70 days x 2 (no grade)
        assertThat(queue.getString("rows.find { it.customerId == '" + CUSTOMER + "' }.priority")).isEqualTo("1176000.00");

        JsonPath dunning = as("collector").get(collections.url() + "/api/v1/customers/" + CUSTOMER + "/dunning")
                .then().statusCode(200).extract().jsonPath();
        assertThat(dunning.getList("items[0].stepsTaken.stepId")).containsExactly("reminder", "courtesy-email",
                "first-overdue-email", "second-overdue-email", "phone-call", "finance", "legal");
        assertThat(dunning.getList("items[0].stepsTaken.reachedOn")).containsExactly(day(-7).toString(), day(-3).toString(),
                day(1).toString(), day(7).toString(), day(15).toString(), day(30).toString(), day(60).toString());
        assertThat(dunning.getList("items[0].stepsTaken.late")).as("each step on its own day").containsOnly(false);
        assertThat(delivered()).as("each email once").hasSize(3);
    }

    /** collections-service with its business date pinned to {@code day}; dunning runs only when the journey asks. */
    private static ServiceProcess collectionsOn(LocalDate day) throws IOException {
        return new ServiceProcess("collections-" + day, "collections-service/collections-app", "e2e_collections_collections",
                List.of("-Dledgerline.relay.slot=e2e_collections_collections_relay",
                        "-Dledgerline.clock.fixed-instant=" + day + "T09:00:00Z",
                        "-Dledgerline.collections.dunning.cron=off",
                        "-Dledgerline.collections.dunning.drain-every=off",
                        "-Dledgerline.collections.reminders.send-every=1s",
                        "-Dquarkus.mailer.host=127.0.0.1",
                        "-Dquarkus.mailer.port=" + smtpPort,
                        "-Dquarkus.mailer.start-tls=DISABLED"));
    }

    private static void moveCollectionsTo(LocalDate day) throws Exception {
        long started = System.nanoTime();
        collections.stop();
        collections = collectionsOn(day);
        collections.start();
        timings.add("collections-service restarted on " + day + ": " + sinceMillis(started) + " ms");
    }

    private static void startTogether(ServiceProcess... services) {
        CompletableFuture.allOf(Arrays.stream(services).map(s -> CompletableFuture.runAsync(() -> {
            try {
                s.start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        })).toArray(CompletableFuture[]::new)).join();
    }

    /** Runs the dunning as of {@code asOf}; returns the steps it reached for the journey's customer, none late. */
    private static List<String> runAsOf(LocalDate asOf) {
        JsonPath run = as("finance").body("{\"asOf\":\"" + asOf + "\"}").post(collections.url() + "/api/v1/dunning/runs")
                .then().statusCode(200).extract().jsonPath();
        String mine = "steps.findAll { it.customerId == '" + CUSTOMER + "' }";
        assertThat(run.getList(mine + ".late")).as(run.prettify()).doesNotContain(true);
        return run.getList(mine + ".stepId");
    }

    private static JsonPath caseOfCustomer() {
        return as("collector").get(collections.url() + "/api/v1/customers/" + CUSTOMER + "/case").then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Object> task(JsonPath view, String kind) {
        List<Map<String, Object>> tasks = view.getList("tasks");
        return tasks.stream().filter(t -> kind.equals(t.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " task in " + view.prettify()));
    }

    private static JsonPath creditCheck(String orderId) {
        return as("sales").body("""
                        {"customerId":"%s","orderId":"%s","amount":"1500.00","currency":"USD"}""".formatted(CUSTOMER, orderId))
                .post(credit.url() + "/api/v1/credit-checks").then().statusCode(201).extract().jsonPath();
    }

    /**
     * Waits until the finance contact has {@code total} messages, then returns the one whose Message-ID is that of the
     * {@code ReminderEmailSent} of {@code stepId} on collections' topic, after checking that it names the invoice.
     */
    private static MimeMessage delivered(String stepId, int total) {
        await().atMost(PATIENCE).until(() -> delivered().size() >= total);
        assertThat(delivered()).hasSize(total);
        JsonPath sent = published("ledgerline.collections.ReminderEmailSent.v1", total).stream()
                .filter(e -> stepId.equals(e.getString("stepId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no ReminderEmailSent of " + stepId));
        assertThat(sent.getString("invoiceId")).isEqualTo(invoiceId);
        assertThat(sent.getString("to")).isEqualTo(FINANCE_CONTACT);
        assertThat(sent.getString("language")).isEqualTo("en");
        MimeMessage message = delivered().stream().filter(m -> sent.getString("messageId").equals(messageIdOf(m))).findFirst()
                .orElseThrow(() -> new AssertionError("no message delivered with Message-ID " + sent.getString("messageId")));
        assertThat(subjectOf(message)).isEqualTo(sent.getString("subject")).contains(INVOICE);
        assertThat(bodyOf(message)).contains(INVOICE);
        return message;
    }

    private static List<MimeMessage> delivered() {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().equals(FINANCE_CONTACT));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String messageIdOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bodyOf(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code data} of the customer's events of {@code type} on collections' topic, once at least {@code atLeast} are there. */
    private static List<JsonPath> published(String type, int atLeast) {
        List<ConsumerRecord<String, String>> read = TestTopics.readUntil(EVENTS, r -> ofType(r, type).size() >= atLeast, PATIENCE);
        List<JsonPath> events = ofType(read, type);
        assertThat(events).as("%s of %s on %s", type, CUSTOMER, EVENTS).hasSizeGreaterThanOrEqualTo(atLeast);
        return events;
    }

    private static List<JsonPath> ofType(List<ConsumerRecord<String, String>> records, String type) {
        return records.stream().filter(r -> CUSTOMER.equals(r.key())).map(r -> JsonPath.from(r.value()))
                .filter(e -> type.equals(e.getString("type"))).map(e -> e.setRootPath("data")).toList();
    }

    private static LocalDate day(int relativeToDue) {
        return DUE.plusDays(relativeToDue);
    }

    private static long sinceMillis(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON);
    }
}
