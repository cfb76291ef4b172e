package io.ledgerline.collections.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.api.v1.TradingRestrictionRequested;
import io.ledgerline.collections.dunning.DunningCaseCommand.EvaluateDunning;
import io.ledgerline.collections.ladder.LadderPolicy;
import io.ledgerline.collections.ladder.OpenItem;
import io.ledgerline.collections.policy.PolicyText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A customer's dunning case under the shipped default policy (version 1). Invoice N-1 of 1000.00 CNY is due 2026-02-01:
 * its reminder falls on 01-25, courtesy email 01-29, first overdue email 02-02, legal step 04-02.
 */
class DunningCaseTest {

    private static final String CUSTOMER = "0379-NEVHP";
    private static final LadderPolicy POLICY = new LadderPolicy(1, PolicyText.shipped(PolicyText.DEFAULT_POLICY));
    private static final LocalDate DUE = LocalDate.of(2026, 2, 1);
    private static final OpenItem INVOICE = new OpenItem("i-1", "N-1", DUE, "CNY", new BigDecimal("1000.00"), BigDecimal.ZERO);

    private FixtureConfiguration<DunningCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DunningCase.class);
    }

    private static EvaluateDunning evaluate(LocalDate asOf, OpenItem... items) {
        return new EvaluateDunning(CUSTOMER, asOf, List.of(items), "B", POLICY);
    }

    private static DunningStepReached reached(String stepId, String action, int offset, String owner, LocalDate on, boolean late) {
        return new DunningStepReached(CUSTOMER, "i-1", "N-1", stepId, action, offset, owner, DUE, on, late,
                new Money(new BigDecimal("1000.00"), "CNY"), 1, "B");
    }

    private static final DunningStepReached REMINDER = reached("reminder", DunningStepReached.REMINDER_TASK_SALES, -7, "SALES",
            LocalDate.of(2026, 1, 25), false);

    @Nested
    class Evaluate {

        @Test
        void a_new_case_records_the_step_whose_day_came() {
            fixture.givenNoPriorActivity()
                    .when(evaluate(LocalDate.of(2026, 1, 25), INVOICE))
                    .expectEvents(REMINDER)
                    .expectResultMessagePayload(List.of(REMINDER));
        }

        @Test
        void a_new_case_with_nothing_due_records_nothing() {
            fixture.givenNoPriorActivity()
                    .when(evaluate(LocalDate.of(2026, 1, 24), INVOICE))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_step_already_reached_is_never_recorded_again() {
            fixture.given(REMINDER)
                    .when(evaluate(LocalDate.of(2026, 1, 26), INVOICE))
                    .expectNoEvents()
                    .expectResultMessagePayload(List.of());
        }

        @Test
        void steps_whose_days_passed_are_all_recorded_in_ladder_order_flagged_late() {
            LocalDate feb3 = LocalDate.of(2026, 2, 3);
            fixture.given(REMINDER)
                    .when(evaluate(feb3, INVOICE))
                    .expectEvents(reached("courtesy-email", DunningStepReached.COURTESY_EMAIL, -3, "SALES", feb3, true),
                            reached("first-overdue-email", DunningStepReached.OVERDUE_EMAIL, 1, "SALES", feb3, true));
        }

        @Test
        void an_item_that_is_settled_or_disputed_records_nothing() {
            OpenItem paid = new OpenItem("i-1", "N-1", DUE, "CNY", BigDecimal.ZERO, BigDecimal.ZERO);
            OpenItem disputed = new OpenItem("i-1", "N-1", DUE, "CNY", new BigDecimal("1000.00"), new BigDecimal("1000.00"));
            fixture.given(REMINDER).when(evaluate(LocalDate.of(2026, 2, 3), paid)).expectNoEvents();
            fixture.given(REMINDER).when(evaluate(LocalDate.of(2026, 2, 3), disputed)).expectNoEvents();
        }

        @Test
        void the_legal_step_also_requests_a_trading_restriction_with_what_is_overdue_per_currency() {
            LocalDate apr2 = LocalDate.of(2026, 4, 2);
            OpenItem usd = new OpenItem("i-2", "N-2", LocalDate.of(2026, 3, 20), "USD", new BigDecimal("50.5"), BigDecimal.ZERO);
            OpenItem notYetDue = new OpenItem("i-3", "N-3", LocalDate.of(2026, 4, 30), "CNY", new BigDecimal("70"), BigDecimal.ZERO);
            fixture.given(List.of("reminder", "courtesy-email", "first-overdue-email", "second-overdue-email", "phone-call", "finance")
                            .stream().map(id -> (Object) new DunningStepReached(CUSTOMER, "i-1", "N-1", id, "X", 0, "SALES", DUE, DUE, false,
                                    new Money(BigDecimal.ONE, "CNY"), 1, "B")).toList())
                    .andGiven(List.of("reminder", "courtesy-email", "first-overdue-email", "second-overdue-email", "phone-call").stream()
                            .map(id -> (Object) new DunningStepReached(CUSTOMER, "i-2", "N-2", id, "X", 0, "SALES", DUE, DUE, false,
                                    new Money(BigDecimal.ONE, "USD"), 1, "B")).toList())
                    .andGiven(new DunningStepReached(CUSTOMER, "i-3", "N-3", "reminder", "X", 0, "SALES", DUE, DUE, false,
                            new Money(BigDecimal.ONE, "CNY"), 1, "B"))
                    .when(evaluate(apr2, INVOICE, usd, notYetDue))
                    .expectEvents(reached("legal", DunningStepReached.ESCALATE_LEGAL, 60, "LEGAL", apr2, false),
                            new TradingRestrictionRequested(CUSTOMER, DunningCase.requestId(CUSTOMER, "i-1", "legal"), CUSTOMER, apr2,
                                    TradingRestrictionRequested.COLLECTIONS_SERVICE, TradingRestrictionRequested.LEGAL,
                                    "invoice N-1 is 60 days past due (due 2026-02-01): the dunning ladder reached legal action "
                                            + "(step legal, dunning policy v1); legal action is proposed",
                                    List.of(new Money(new BigDecimal("1000.00"), "CNY"), new Money(new BigDecimal("50.50"), "USD"))));
        }
    }

    @Test
    void a_restriction_request_is_named_after_its_item_and_step() {
        assertThat(DunningCase.requestId(CUSTOMER, "i-1", "legal")).isEqualTo(DunningCase.requestId(CUSTOMER, "i-1", "legal"))
                .isNotEqualTo(DunningCase.requestId(CUSTOMER, "i-2", "legal"))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}
