package io.ledgerline.collections.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.collections.api.v1.CollectionsEvent;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.api.v1.PaymentPlanAgreed.Installment;
import io.ledgerline.collections.api.v1.PaymentPlanAgreed;
import io.ledgerline.collections.api.v1.PaymentPlanCompleted;
import io.ledgerline.collections.api.v1.PaymentPlanDefaulted;
import io.ledgerline.collections.api.v1.PaymentPlanInstallmentMet;
import io.ledgerline.collections.api.v1.PromiseToPayMade;
import io.ledgerline.collections.api.v1.PromiseToPayResolved;
import io.ledgerline.collections.arrangement.ArrangementCommand.AgreePlan;
import io.ledgerline.collections.arrangement.ArrangementCommand.MakePromise;
import io.ledgerline.collections.arrangement.ArrangementCommand.Review;
import io.ledgerline.collections.casework.CaseworkRefused;
import io.ledgerline.collections.ladder.OpenItem.Pause;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A customer's promises and plans on invoices i-1 and i-2 (CNY). The promise: 1000.00 made 2026-02-20 for 2026-03-01 with
 * 3 days' tolerance, so its last day is 03-04 and it is judged from 03-05. The plan, agreed 2026-03-10: 600.00 due 04-01
 * and 400.00 due 05-01, 5 days' tolerance, so installment 1 is missed from 04-07 and 2 from 05-07.
 */
class ArrangementsTest {

    private static final String CUSTOMER = "0379-NEVHP";
    private static final String ID = Arrangements.idOf(CUSTOMER);
    private static final String CASE = "case-1";
    private static final LocalDate MADE = LocalDate.of(2026, 2, 20);
    private static final LocalDate PROMISED_FOR = LocalDate.of(2026, 3, 1);
    private static final LocalDate AGREED = LocalDate.of(2026, 3, 10);

    private FixtureConfiguration<Arrangements> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Arrangements.class);
    }

    private static Money cny(String amount) {
        return new Money(new BigDecimal(amount), "CNY");
    }

    private static ItemPayment paid(String invoice, LocalDate on, String amount) {
        return new ItemPayment(invoice, on, new BigDecimal(amount));
    }

    private static Review review(LocalDate asOf, ItemPayment... payments) {
        return new Review(ID, CUSTOMER, asOf, List.of(payments));
    }

    private static final PromiseToPayMade PROMISE_MADE = new PromiseToPayMade(CUSTOMER, "p-1", CASE, List.of("i-1"), cny("1000.00"),
            PROMISED_FOR, 3, MADE, "sales-user", null);

    private static PromiseToPayResolved resolved(String outcome, String paid, LocalDate on, LocalDate seenTo) {
        return new PromiseToPayResolved(CUSTOMER, "p-1", outcome, cny("1000.00"), cny(paid), on, paid + " of 1000.00 CNY paid by " + seenTo
                + " (promised for 2026-03-01, 3 days' tolerance)");
    }

    private static final List<Installment> INSTALLMENTS = List.of(new Installment(1, LocalDate.of(2026, 4, 1), cny("600.00")),
            new Installment(2, LocalDate.of(2026, 5, 1), cny("400.00")));
    private static final PaymentPlanAgreed PLAN_AGREED = new PaymentPlanAgreed(CUSTOMER, "plan-1", CASE, List.of("i-1", "i-2"), "CNY",
            INSTALLMENTS, 5, AGREED, "finance-user");

    @Nested
    class MakingPromises {

        @Test
        void a_promise_is_recorded_with_its_items_amount_date_and_tolerance() {
            fixture.givenNoPriorActivity()
                    .when(new MakePromise(ID, CUSTOMER, "p-1", CASE, List.of("i-1"), cny("1000.00"), PROMISED_FOR, 3, null, "sales-user",
                            MADE))
                    .expectEvents(PROMISE_MADE);
        }

        @Test
        void an_item_under_a_pending_promise_takes_no_second_one() {
            fixture.given(PROMISE_MADE)
                    .when(new MakePromise(ID, CUSTOMER, "p-2", CASE, List.of("i-2", "i-1"), cny("10.00"), PROMISED_FOR, 3, null, "sales-user",
                            MADE))
                    .expectException(CaseworkRefused.class)
                    .expectExceptionMessage("invoice i-1 is already under a pending promise to pay or an active payment plan");
        }

        @Test
        void an_item_under_an_active_plan_takes_no_promise() {
            fixture.given(PLAN_AGREED)
                    .when(new MakePromise(ID, CUSTOMER, "p-2", CASE, List.of("i-2"), cny("10.00"), AGREED.plusDays(5), 3, null, "sales-user",
                            AGREED))
                    .expectException(CaseworkRefused.class);
        }

        @Test
        void a_judged_promise_frees_its_items_for_the_next() {
            fixture.given(PROMISE_MADE, resolved(PromiseToPayResolved.BROKEN, "0.00", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 4)))
                    .when(new MakePromise(ID, CUSTOMER, "p-2", CASE, List.of("i-1"), cny("500.00"), LocalDate.of(2026, 3, 10), 0, "second try",
                            "finance-user", LocalDate.of(2026, 3, 6)))
                    .expectEvents(new PromiseToPayMade(CUSTOMER, "p-2", CASE, List.of("i-1"), cny("500.00"), LocalDate.of(2026, 3, 10), 0,
                            LocalDate.of(2026, 3, 6), "finance-user", "second try"));
        }

        @Test
        void a_promise_cannot_be_for_a_day_gone() {
            fixture.givenNoPriorActivity()
                    .when(new MakePromise(ID, CUSTOMER, "p-1", CASE, List.of("i-1"), cny("1000.00"), MADE.minusDays(1), 3, null, "sales-user",
                            MADE))
                    .expectException(CaseworkRefused.class);
        }
    }

    @Nested
    class JudgingPromises {

        @Test
        void kept_as_soon_as_the_payments_reach_the_amount_seen_the_day_after() {
            fixture.given(PROMISE_MADE)
                    .when(review(LocalDate.of(2026, 2, 26), paid("i-1", LocalDate.of(2026, 2, 25), "600.00"),
                            paid("i-1", LocalDate.of(2026, 2, 25), "400.00")))
                    .expectEvents(resolved(PromiseToPayResolved.KEPT, "1000.00", LocalDate.of(2026, 2, 26), LocalDate.of(2026, 2, 25)));
        }

        @Test
        void a_payment_of_today_is_not_seen_yet() {
            fixture.given(PROMISE_MADE)
                    .when(review(LocalDate.of(2026, 2, 25), paid("i-1", LocalDate.of(2026, 2, 25), "1000.00")))
                    .expectNoEvents();
        }

        @Test
        void nothing_is_judged_until_the_promised_date_plus_tolerance_has_passed() {
            fixture.given(PROMISE_MADE)
                    .when(review(LocalDate.of(2026, 3, 4)))
                    .expectNoEvents();
        }

        @Test
        void broken_when_nothing_was_paid_by_the_last_day() {
            fixture.given(PROMISE_MADE)
                    .when(review(LocalDate.of(2026, 3, 5)))
                    .expectEvents(resolved(PromiseToPayResolved.BROKEN, "0.00", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 4)));
        }

        @Test
        void partially_kept_when_some_but_not_all_was_paid() {
            fixture.given(PROMISE_MADE)
                    .when(review(LocalDate.of(2026, 3, 6), paid("i-1", LocalDate.of(2026, 3, 2), "400.00")))
                    .expectEvents(resolved(PromiseToPayResolved.PARTIALLY_KEPT, "400.00", LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 4)));
        }

        @Test
        void payments_before_the_promise_after_its_last_day_or_on_other_items_do_not_count() {
            fixture.given(PROMISE_MADE)
                    .when(review(LocalDate.of(2026, 3, 8), paid("i-1", LocalDate.of(2026, 2, 19), "1000.00"),
                            paid("i-1", LocalDate.of(2026, 3, 5), "1000.00"), paid("i-2", LocalDate.of(2026, 2, 25), "1000.00")))
                    .expectEvents(resolved(PromiseToPayResolved.BROKEN, "0.00", LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 4)));
        }

        @Test
        void an_undone_payment_counts_against_the_promise() {
            fixture.given(PROMISE_MADE)
                    .when(review(LocalDate.of(2026, 3, 5), paid("i-1", LocalDate.of(2026, 2, 22), "1000.00"),
                            paid("i-1", LocalDate.of(2026, 2, 23), "-1000.00")))
                    .expectEvents(resolved(PromiseToPayResolved.BROKEN, "0.00", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 4)));
        }

        @Test
        void a_judged_promise_is_never_judged_again() {
            fixture.given(PROMISE_MADE, resolved(PromiseToPayResolved.BROKEN, "0.00", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 4)))
                    .when(review(LocalDate.of(2026, 3, 9), paid("i-1", LocalDate.of(2026, 3, 3), "1000.00")))
                    .expectNoEvents();
        }
    }

    @Nested
    class Plans {

        @Test
        void a_plan_is_agreed_with_its_installments() {
            fixture.givenNoPriorActivity()
                    .when(new AgreePlan(ID, CUSTOMER, "plan-1", CASE, List.of("i-1", "i-2"), "CNY", INSTALLMENTS, 5, "finance-user", AGREED))
                    .expectEvents(PLAN_AGREED);
        }

        @Test
        void an_installment_is_met_once_the_payments_on_any_of_its_items_reach_it() {
            LocalDate on = LocalDate.of(2026, 3, 21);
            fixture.given(PLAN_AGREED)
                    .when(review(on, paid("i-1", LocalDate.of(2026, 3, 15), "350.00"), paid("i-2", LocalDate.of(2026, 3, 20), "250.00")))
                    .expectEvents(new PaymentPlanInstallmentMet(CUSTOMER, "plan-1", 1, LocalDate.of(2026, 4, 1), cny("600.00"), cny("600.00"),
                            on));
        }

        @Test
        void an_installment_unmet_after_its_date_plus_tolerance_defaults_the_plan() {
            LocalDate on = LocalDate.of(2026, 4, 7);
            fixture.given(PLAN_AGREED)
                    .when(review(on, paid("i-1", LocalDate.of(2026, 4, 2), "599.99")))
                    .expectEvents(new PaymentPlanDefaulted(CUSTOMER, "plan-1", 1, LocalDate.of(2026, 4, 1), cny("600.00"), cny("599.99"), on));
        }

        @Test
        void within_the_tolerance_an_unmet_installment_waits() {
            fixture.given(PLAN_AGREED)
                    .when(review(LocalDate.of(2026, 4, 6), paid("i-1", LocalDate.of(2026, 4, 2), "100.00")))
                    .expectNoEvents();
        }

        @Test
        void the_second_installment_counts_everything_paid_since_the_plan_was_agreed() {
            LocalDate on = LocalDate.of(2026, 5, 7);
            fixture.given(PLAN_AGREED, new PaymentPlanInstallmentMet(CUSTOMER, "plan-1", 1, LocalDate.of(2026, 4, 1), cny("600.00"),
                            cny("700.00"), LocalDate.of(2026, 4, 1)))
                    .when(review(on, paid("i-1", LocalDate.of(2026, 3, 31), "700.00"), paid("i-2", LocalDate.of(2026, 5, 6), "300.00"),
                            paid("i-2", LocalDate.of(2026, 5, 7), "1.00")))
                    .expectEvents(new PaymentPlanInstallmentMet(CUSTOMER, "plan-1", 2, LocalDate.of(2026, 5, 1), cny("1000.00"),
                                    cny("1000.00"), on),
                            new PaymentPlanCompleted(CUSTOMER, "plan-1", cny("1000.00"), on));
        }

        @Test
        void a_defaulted_plan_is_never_reviewed_again() {
            fixture.given(PLAN_AGREED, new PaymentPlanDefaulted(CUSTOMER, "plan-1", 1, LocalDate.of(2026, 4, 1), cny("600.00"), cny("0.00"),
                            LocalDate.of(2026, 4, 7)))
                    .when(review(LocalDate.of(2026, 4, 20), paid("i-1", LocalDate.of(2026, 4, 10), "1000.00")))
                    .expectNoEvents();
        }
    }

    /** Which items wait, read from the book after each day's review. */
    @Nested
    class Pauses {

        private ArrangementBook book(CollectionsEvent... events) {
            ArrangementBook book = new ArrangementBook(CUSTOMER);
            for (CollectionsEvent e : events) {
                book.evolve(e);
            }
            return book;
        }

        @Test
        void a_promise_pauses_its_items_from_the_day_after_it_was_made_to_its_last_day() {
            ArrangementBook book = book(PROMISE_MADE);
            assertThat(book.pausesOn(MADE)).isEmpty();
            assertThat(book.pausesOn(MADE.plusDays(1))).isEqualTo(Map.of("i-1", Pause.PROMISE));
            assertThat(book.pausesOn(LocalDate.of(2026, 3, 4))).isEqualTo(Map.of("i-1", Pause.PROMISE));
        }

        @Test
        void a_kept_promise_keeps_its_items_paused_to_its_last_day_a_broken_one_does_not() {
            ArrangementBook kept = book(PROMISE_MADE, resolved(PromiseToPayResolved.KEPT, "1000.00", LocalDate.of(2026, 2, 26),
                    LocalDate.of(2026, 2, 25)));
            assertThat(kept.pausesOn(LocalDate.of(2026, 3, 4))).isEqualTo(Map.of("i-1", Pause.PROMISE));
            assertThat(kept.pausesOn(LocalDate.of(2026, 3, 5))).isEmpty();
            assertThat(kept.review(review(LocalDate.of(2026, 3, 5)))).as("nothing left to judge").isEmpty();
            ArrangementBook partly = book(PROMISE_MADE, resolved(PromiseToPayResolved.PARTIALLY_KEPT, "400.00", LocalDate.of(2026, 3, 5),
                    LocalDate.of(2026, 3, 4)));
            assertThat(partly.pausesOn(LocalDate.of(2026, 3, 4))).isEmpty();
        }

        @Test
        void an_active_plan_pauses_its_items_from_the_day_after_it_was_agreed_until_it_defaults() {
            assertThat(book(PLAN_AGREED).pausesOn(AGREED)).isEmpty();
            assertThat(book(PLAN_AGREED).pausesOn(LocalDate.of(2026, 4, 6))).isEqualTo(Map.of("i-1", Pause.PLAN, "i-2", Pause.PLAN));
            ArrangementBook defaulted = book(PLAN_AGREED, new PaymentPlanDefaulted(CUSTOMER, "plan-1", 1, LocalDate.of(2026, 4, 1),
                    cny("600.00"), cny("0.00"), LocalDate.of(2026, 4, 7)));
            assertThat(defaulted.pausesOn(LocalDate.of(2026, 4, 7))).isEmpty();
            assertThat(defaulted.review(review(LocalDate.of(2026, 4, 7)))).as("nothing left to judge").isEmpty();
        }
    }
}
