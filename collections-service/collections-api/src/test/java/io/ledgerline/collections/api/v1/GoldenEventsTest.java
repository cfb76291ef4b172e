package io.ledgerline.collections.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON of every v1 event is frozen in {@code golden/v1/<type>.json}. */
class GoldenEventsTest {

    // Configured like the services' event store and Kafka envelope mappers.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String CUSTOMER = "0379-NEVHP";
    private static final String CASE = "3f2a7b10-0000-4000-8000-000000000031";
    private static final String TASK = "9d4e1c20-0000-4000-8000-000000000041";
    private static final String PROMISE = "61b7f0d2-0000-4000-8000-000000000051";
    private static final String PLAN = "a3c5e8f1-0000-4000-8000-000000000061";

    static Stream<CollectionsEvent> events() {
        return Stream.of(
                new TradingRestrictionRequested(CUSTOMER, "7c9e6679-0000-4000-8000-000000000005", "CASE-2013-0007",
                        LocalDate.of(2013, 3, 15), TradingRestrictionRequested.COLLECTIONS_SERVICE, TradingRestrictionRequested.LEGAL,
                        "90 days past due: the dunning ladder reached legal action",
                        List.of(new Money(new BigDecimal("55000.00"), "CNY"), new Money(new BigDecimal("1200.50"), "USD"))),
                new DunningStepReached(CUSTOMER, "5f0c2a9e-0000-4000-8000-000000000011", "0000611365", "second-overdue-email",
                        DunningStepReached.OVERDUE_EMAIL, 7, "SALES", LocalDate.of(2013, 2, 1), LocalDate.of(2013, 2, 9), true,
                        new Money(new BigDecimal("12500.00"), "CNY"), 1, "B"),
                new DunningPolicyPublished(2, "finance-user", LocalDate.of(2013, 1, 2), new DunningPolicyDefinition(
                        "Ledgerline default dunning policy",
                        List.of(new DunningLadder("standard", List.of("A", "B", DunningPolicyDefinition.UNGRADED), List.of(
                                        new DunningStep("reminder", -7, DunningStepReached.REMINDER_TASK_SALES, "SALES"),
                                        new DunningStep("finance", 30, DunningStepReached.ESCALATE_FINANCE, "FINANCE"))),
                                new DunningLadder("short", List.of("C", "D"), List.of(
                                        new DunningStep("legal", 45, DunningStepReached.ESCALATE_LEGAL, "LEGAL")))),
                        List.of(new Money(new BigDecimal("100.00"), "CNY")))),
                new ReminderEmailSent(CUSTOMER, "5f0c2a9e-0000-4000-8000-000000000011", "first-overdue-email", "li.na@acme.example.cn",
                        "zh", "逾期提醒：发票 0000611365 已逾期 1 天", "<3b241101-e2bb-4255-8caf-4136c566a962@ledgerline>",
                        LocalDate.of(2013, 2, 2)),
                new ReminderNotSent(CUSTOMER, "5f0c2a9e-0000-4000-8000-000000000011", "courtesy-email",
                        ReminderNotSent.NO_FINANCE_CONTACT_EMAIL, "no finance contact with an email is known for customer 0379-NEVHP",
                        LocalDate.of(2013, 1, 29)),
                new CaseOpened(CUSTOMER, CASE, 2, LocalDate.of(2013, 2, 2), "sales.li", "SALES",
                        "5f0c2a9e-0000-4000-8000-000000000011", "first-overdue-email"),
                new CaseReassigned(CUSTOMER, CASE, "sales.li", "finance.zhao", "FINANCE", LocalDate.of(2013, 3, 3),
                        "collections-service", "invoice 0000611365 reached step finance (ESCALATE_FINANCE)", "finance"),
                new CaseClosed(CUSTOMER, CASE, LocalDate.of(2013, 3, 20), "no overdue item left that is not disputed"),
                new TaskCreated(CUSTOMER, CASE, TASK, TaskCreated.CALL, "sales.li", LocalDate.of(2013, 2, 16),
                        LocalDate.of(2013, 2, 16), "5f0c2a9e-0000-4000-8000-000000000011", "0000611365", "phone-call"),
                new TaskReassigned(CUSTOMER, TASK, "sales.li", "sales.wu", LocalDate.of(2013, 2, 17), "collector-user",
                        "sales.li is on leave"),
                new TaskCompleted(CUSTOMER, TASK, TaskCompleted.DONE, "promised to pay by 2013-03-01", LocalDate.of(2013, 2, 18),
                        "sales-user"),
                new ActivityLogged(CUSTOMER, CASE, "0b1d4c2e-0000-4000-8000-000000000021", "CALL", LocalDate.of(2013, 2, 18),
                        "called Wang Fang, finance", "promised to pay by 2013-03-01", "sales-user", LocalDate.of(2013, 2, 18)),
                new PromiseToPayMade(CUSTOMER, PROMISE, CASE, List.of("5f0c2a9e-0000-4000-8000-000000000011"),
                        new Money(new BigDecimal("12500.00"), "CNY"), LocalDate.of(2013, 3, 1), 3, LocalDate.of(2013, 2, 18),
                        "sales-user", "Wang Fang: transfer after the month-end close"),
                new PromiseToPayResolved(CUSTOMER, PROMISE, PromiseToPayResolved.PARTIALLY_KEPT,
                        new Money(new BigDecimal("12500.00"), "CNY"), new Money(new BigDecimal("5000.00"), "CNY"),
                        LocalDate.of(2013, 3, 5), "5000.00 of 12500.00 CNY paid by 2013-03-04 (promised for 2013-03-01, 3 days' tolerance)"),
                new PaymentPlanAgreed(CUSTOMER, PLAN, CASE, List.of("5f0c2a9e-0000-4000-8000-000000000011"), "CNY", List.of(
                        new PaymentPlanAgreed.Installment(1, LocalDate.of(2013, 4, 1), new Money(new BigDecimal("6000.00"), "CNY")),
                        new PaymentPlanAgreed.Installment(2, LocalDate.of(2013, 5, 1), new Money(new BigDecimal("6500.00"), "CNY"))),
                        5, LocalDate.of(2013, 3, 6), "finance-user"),
                new PaymentPlanInstallmentMet(CUSTOMER, PLAN, 1, LocalDate.of(2013, 4, 1), new Money(new BigDecimal("6000.00"), "CNY"),
                        new Money(new BigDecimal("6000.00"), "CNY"), LocalDate.of(2013, 4, 2)),
                new PaymentPlanDefaulted(CUSTOMER, PLAN, 2, LocalDate.of(2013, 5, 1), new Money(new BigDecimal("12500.00"), "CNY"),
                        new Money(new BigDecimal("6000.00"), "CNY"), LocalDate.of(2013, 5, 7)),
                new PaymentPlanCompleted(CUSTOMER, PLAN, new Money(new BigDecimal("12500.00"), "CNY"), LocalDate.of(2013, 5, 2)),
                new PaymentAttributed(CUSTOMER, "6a1f0c3d-0000-4000-8000-000000000051", "5f0c2a9e-0000-4000-8000-000000000011",
                        "0000611365", new Money(new BigDecimal("12500.00"), "CNY"), LocalDate.of(2013, 2, 20), LocalDate.of(2013, 2, 21),
                        30,
                        List.of(new PaymentAttributed.Touch(PaymentAttributed.REMINDER_EMAIL, "3b241101-e2bb-4255-8caf-4136c566a962",
                                        LocalDate.of(2013, 2, 2), 18, "collections-service",
                                        "first-overdue-email for invoice 0000611365 to li.na@acme.example.cn"),
                                new PaymentAttributed.Touch(PaymentAttributed.CALL, "0b1d4c2e-0000-4000-8000-000000000021",
                                        LocalDate.of(2013, 2, 18), 2, "sales-user",
                                        "called Wang Fang, finance: promised to pay by 2013-03-01")),
                        PaymentAttributed.CALL));
    }

    @Test
    void a_step_reached_by_a_customer_without_grade_leaves_the_grade_out() {
        DunningStepReached ungraded = new DunningStepReached(CUSTOMER, "i-1", "0000611365", "reminder",
                DunningStepReached.REMINDER_TASK_SALES, -7, "SALES", LocalDate.of(2013, 2, 1), LocalDate.of(2013, 1, 25), false,
                new Money(new BigDecimal("10.00"), "USD"), 1, null);
        assertThat(((JsonNode) MAPPER.valueToTree(ungraded)).has("grade")).isFalse();
    }

    @Test
    void a_policy_version_names_no_customer() {
        DunningPolicyPublished published = (DunningPolicyPublished) events().filter(DunningPolicyPublished.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(published.customerId()).isNull();
        assertThat(((JsonNode) MAPPER.valueToTree(published)).has("customerId")).isFalse();
    }

    @Test
    void every_event_type_has_a_golden_case() {
        assertThat(events().map(Object::getClass).distinct().toList())
                .containsExactlyInAnyOrder(CollectionsEvent.class.getPermittedSubclasses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void writes_the_golden_json(CollectionsEvent event) throws IOException {
        assertThat((JsonNode) MAPPER.valueToTree(event)).isEqualTo(golden(event.getClass()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void reads_the_golden_json_back(CollectionsEvent event) throws IOException {
        assertThat(MAPPER.treeToValue(golden(event.getClass()), event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void ignores_fields_it_does_not_know(CollectionsEvent event) throws IOException {
        JsonNode withExtra = golden(event.getClass()).deepCopy();
        ((ObjectNode) withExtra).put("addedLater", "optional");
        assertThat(MAPPER.treeToValue(withExtra, event.getClass())).isEqualTo(event);
    }

    private static JsonNode golden(Class<?> type) throws IOException {
        String name = type.getAnnotation(JsonTypeName.class).value();
        try (InputStream in = GoldenEventsTest.class.getResourceAsStream("/golden/v1/" + name + ".json")) {
            assertThat(in).as("golden file for %s", name).isNotNull();
            return MAPPER.readTree(in);
        }
    }
}
