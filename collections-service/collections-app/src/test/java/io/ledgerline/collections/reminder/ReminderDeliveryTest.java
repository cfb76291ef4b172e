package io.ledgerline.collections.reminder;

import static io.ledgerline.collections.CollectionsApi.as;
import static io.ledgerline.collections.CollectionsApi.customer;
import static io.ledgerline.collections.CollectionsApi.storedEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import io.ledgerline.collections.CollectionsApi;
import io.ledgerline.collections.MovableClock;
import io.ledgerline.collections.Topics;
import io.ledgerline.collections.api.CollectionsTopics;
import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.customer.CustomerDimensionsProjection;
import io.ledgerline.collections.customer.CustomerEvents;
import io.ledgerline.collections.receivables.ReceivablesEvents;
import io.ledgerline.collections.reminder.SmtpServer.Smtp;
import io.ledgerline.customer.api.v1.Contact;
import io.ledgerline.customer.api.v1.CustomerContactsChanged;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminder emails end to end: receivables and customer facts published as JSON on their real topics, the dunning run on
 * request as the test's clock moves, the sender delivering to a real SMTP server in the test's process (GreenMail), the
 * delivered messages read back and compared with the ReminderEmailSent events on ledgerline.collections.events.
 * Invoices of 1000.00 CNY due 2026-02-01: courtesy email on 01-29, first overdue email on 02-02.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "collections"))
@QuarkusTestResource(SmtpServer.class)
class ReminderDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SENT = "ledgerline.collections.ReminderEmailSent.v1";
    private static final String NOT_SENT = "ledgerline.collections.ReminderNotSent.v1";

    @Smtp
    GreenMail smtp;

    @Inject
    MovableClock clock;

    @Inject
    ReminderOutbox outbox;

    @Inject
    ReminderSender sender;

    @BeforeEach
    void theDefaultPolicyIsCurrent() {
        clock.today(LocalDate.of(2026, 1, 20));
        CollectionsApi.defaultPolicyIsCurrent();
    }

    @Test
    void a_chinese_finance_contact_gets_each_email_step_once_in_chinese_with_the_events_message_id() throws Exception {
        String c = customer("REM");
        String email = c.toLowerCase() + "@acme.example.cn";
        CustomerEvents.publish(CustomerEvents.registered(c, "wang.wei"), 1);
        financeContact(c, "李娜", email, "zh-CN", 2);
        String invoice = new ReceivablesEvents(c).invoice("INV-R" + c.substring(7), "1000.00", "CNY", "2026-01-02", "2026-02-01");
        String number = "INV-R" + c.substring(7);

        today("2026-01-29");
        assertThat(run(c)).containsExactly("reminder", "courtesy-email");
        MimeMessage courtesy = awaitMessages(email, 1).get(0);
        assertThat(courtesy.getSubject()).isEqualTo("温馨提示：发票 " + number + " 将于 2026年2月1日 到期");
        assertThat((String) courtesy.getContent()).startsWith("李娜，您好：").contains("Acme Trading Co., Ltd. 的发票 " + number
                + " 尚有 1,000.00 CNY 未付，将于 2026年2月1日 到期（还有 3 天）。");
        assertThat(Arrays.stream(courtesy.getRecipients(RecipientType.TO)).map(Object::toString)).containsExactly(email);

        today("2026-02-02");
        assertThat(run(c)).containsExactly("first-overdue-email");
        List<MimeMessage> delivered = awaitMessages(email, 2);
        MimeMessage overdue = delivered.get(1);
        assertThat(overdue.getSubject()).isEqualTo("逾期提醒：发票 " + number + " 已逾期 1 天");
        assertThat((String) overdue.getContent()).contains("现已逾期 1 天，尚有 1,000.00 CNY 未付");

        JsonPath reminders = awaitReminders(c, "SENT", 2);
        assertThat(reminders.getList("reminders.stepId")).containsExactly("courtesy-email", "first-overdue-email");
        assertThat(reminders.getList("reminders.language")).containsOnly("zh");
        assertThat(reminders.getList("reminders.to")).containsOnly(email);
        assertThat(reminders.getList("reminders.sentOn")).containsExactly("2026-01-29", "2026-02-02");
        assertThat(reminders.getList("reminders.messageId")).containsExactly(courtesy.getMessageID(), overdue.getMessageID());
        assertThat(courtesy.getMessageID()).matches("<[0-9a-f-]{36}@ledgerline>");

        List<ConsumerRecord<String, String>> read = TestTopics.readUntil(CollectionsTopics.EVENTS, r -> published(r, c, SENT).size() == 2,
                Duration.ofSeconds(60));
        List<JsonNode> events = published(read, c, SENT);
        assertThat(events).extracting(e -> e.path("messageId").asText())
                .containsExactlyInAnyOrder(courtesy.getMessageID(), overdue.getMessageID());
        JsonNode overdueEvent = events.stream().filter(e -> e.path("stepId").asText().equals("first-overdue-email")).findFirst().orElseThrow();
        assertThat(overdueEvent.path("invoiceId").asText()).isEqualTo(invoice);
        assertThat(overdueEvent.path("to").asText()).isEqualTo(email);
        assertThat(overdueEvent.path("language").asText()).isEqualTo("zh");
        assertThat(overdueEvent.path("subject").asText()).isEqualTo(overdue.getSubject());
        assertThat(overdueEvent.path("sentOn").asText()).isEqualTo("2026-02-02");

        // a re-run, the step delivered again to the outbox and another pass of the sender send nothing more
        assertThat(run(c)).isEmpty();
        DunningStepReached step = new DunningStepReached(c, invoice, number, "first-overdue-email", DunningStepReached.OVERDUE_EMAIL, 1,
                "SALES", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 2), false, new Money(new BigDecimal("1000.00"), "CNY"), 1, null);
        QuarkusTransaction.requiringNew().run(() -> outbox.stepReached(step));
        assertThat(sender.send()).isZero();
        assertThat(messagesTo(email)).hasSize(2);
        assertThat(storedEvents(ReminderEmail.reminderId(c, invoice, "courtesy-email"), SENT)).isEqualTo(1);
        assertThat(storedEvents(ReminderEmail.reminderId(c, invoice, "first-overdue-email"), SENT)).isEqualTo(1);
        assertThat(as("sales").get("/api/v1/customers/{id}/reminders", c).then().statusCode(200).extract().jsonPath()
                .getList("reminders")).hasSize(2);
    }

    @Test
    void a_contact_without_language_gets_english_and_a_customer_without_finance_email_gets_none() throws Exception {
        String english = customer("REM");
        String email = english.toLowerCase() + "@acme.example.com";
        CustomerEvents.publish(CustomerEvents.registered(english, "wang.wei"), 1);
        CustomerEvents.publish(CustomerEvents.contacts(english, new Contact("Tom Chen", "sales", "tom@acme.example.com", null),
                new Contact("Li Na", "finance", email, "+86 21 5555 0100")), 2);
        new ReceivablesEvents(english).invoice("INV-E1", "250.50", "USD", "2026-01-02", "2026-02-01");
        String silent = customer("REM");
        CustomerEvents.publish(CustomerEvents.registered(silent, "wang.wei"), 1);
        String silentInvoice = new ReceivablesEvents(silent).invoice("INV-S1", "1000.00", "CNY", "2026-01-02", "2026-02-01");

        today("2026-01-29");
        run(english);
        MimeMessage message = awaitMessages(email, 1).get(0);
        assertThat(message.getSubject()).isEqualTo("Friendly reminder: invoice INV-E1 is due on 1 February 2026");
        assertThat((String) message.getContent()).startsWith("Dear Li Na,").contains("of which 250.50 USD is open");

        JsonPath none = awaitReminders(silent, "NOT_SENT", 1);
        assertThat(none.getString("reminders[0].stepId")).isEqualTo("courtesy-email");
        assertThat(none.getString("reminders[0].reason")).isEqualTo("NO_FINANCE_CONTACT_EMAIL");
        assertThat(none.getString("reminders[0].decidedOn")).isEqualTo("2026-01-29");
        assertThat((Object) none.get("reminders[0].messageId")).isNull();
        assertThat(storedEvents(ReminderEmail.reminderId(silent, silentInvoice, "courtesy-email"), NOT_SENT)).isEqualTo(1);
        assertThat(sender.send()).isZero();
        assertThat(storedEvents(ReminderEmail.reminderId(silent, silentInvoice, "courtesy-email"), NOT_SENT)).isEqualTo(1);
    }

    @Test
    void a_send_that_fails_stays_pending_and_is_retried_with_the_same_message_id() throws Exception {
        String c = customer("REM");
        String email = c.toLowerCase() + "@acme.example.cn";
        CustomerEvents.publish(CustomerEvents.registered(c, "wang.wei"), 1);
        financeContact(c, "李娜", email, "zh", 2);
        new ReceivablesEvents(c).invoice("INV-F1", "1000.00", "CNY", "2026-01-02", "2026-02-01");

        smtp.stop();
        try {
            today("2026-01-29");
            run(c);
            await().atMost(Duration.ofSeconds(60)).until(() -> reminders(c, "PENDING").getInt("reminders[0].failedAttempts") >= 1);
            JsonPath pending = reminders(c, "PENDING");
            assertThat(pending.getString("reminders[0].lastError")).isNotBlank();
            assertThat((Object) pending.get("reminders[0].messageId")).isNull();
        } finally {
            smtp.start();
        }
        MimeMessage message = awaitMessages(email, 1).get(0);
        JsonPath sent = awaitReminders(c, "SENT", 1);
        assertThat(sent.getString("reminders[0].messageId")).isEqualTo(message.getMessageID());
        assertThat(message.getSubject()).isEqualTo("温馨提示：发票 INV-F1 将于 2026年2月1日 到期");
    }

    @Test
    void reminders_need_a_collections_role_and_a_known_status() {
        String c = customer("REM");
        given().get("/api/v1/customers/{id}/reminders", c).then().statusCode(401);
        as("credit-manager").get("/api/v1/customers/{id}/reminders", c).then().statusCode(403);
        as("ops").get("/api/v1/customers/{id}/reminders", c).then().statusCode(403);
        as("collector").queryParam("status", "LOST").get("/api/v1/customers/{id}/reminders", c).then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("status"));
        as("finance").get("/api/v1/customers/{id}/reminders", "X".repeat(101)).then().statusCode(400).body("field", equalTo("id"));
        as("finance").queryParam("status", "sent").get("/api/v1/customers/{id}/reminders", c).then().statusCode(200)
                .body("customerId", equalTo(c)).body("reminders.size()", equalTo(0));
    }

    private void today(String day) {
        clock.today(LocalDate.parse(day));
    }

    /** The customer's finance contact stating its language, as customer-service's JSON with a field its api may add. */
    private static void financeContact(String customerId, String name, String email, String language, long sequence) {
        ObjectNode payload = EnvelopeCodec.mapper().valueToTree(CustomerEvents.contacts(customerId,
                new Contact(name, "finance", email, "+86 21 5555 0100")));
        ((ObjectNode) payload.withArray("contacts").get(0)).put("language", language);
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/customer",
                CustomerContactsChanged.class.getAnnotation(JsonTypeName.class).value(), customerId, Instant.parse("2026-01-01T09:00:00Z"),
                customerId, sequence, "1", payload);
        Topics.send(CustomerDimensionsProjection.TOPIC, CustomerDimensionsProjection.NAME, envelope);
    }

    /** The steps a run reached for this customer. */
    private static List<String> run(String customerId) {
        List<Map<String, Object>> steps = as("finance").post("/api/v1/dunning/runs").then().statusCode(200).extract().jsonPath()
                .getList("steps");
        return steps.stream().filter(s -> customerId.equals(s.get("customerId"))).map(s -> (String) s.get("stepId")).toList();
    }

    private static JsonPath reminders(String customerId, String status) {
        return as("collector").queryParam("status", status).get("/api/v1/customers/{id}/reminders", customerId).then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonPath awaitReminders(String customerId, String status, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> reminders(customerId, status).getList("reminders").size() == count);
        return reminders(customerId, status);
    }

    private List<MimeMessage> messagesTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().equals(email));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private List<MimeMessage> awaitMessages(String email, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> messagesTo(email).size() >= count);
        List<MimeMessage> delivered = messagesTo(email);
        assertThat(delivered).as("messages delivered to %s", email).hasSize(count);
        return delivered;
    }

    private static List<JsonNode> published(List<ConsumerRecord<String, String>> records, String customerId, String type) {
        return records.stream().map(r -> {
            try {
                return JSON.readTree(r.value());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(e -> customerId.equals(e.path("customerid").asText()) && type.equals(e.path("type").asText()))
                .map(e -> e.path("data")).toList();
    }
}
