package io.ledgerline.collections.ladder;

import static io.ledgerline.collections.ladder.LadderWalk.DEFAULT;
import static io.ledgerline.collections.ladder.LadderWalk.item;
import static io.ledgerline.collections.ladder.LadderWalk.paid;
import static io.ledgerline.collections.ladder.LadderWalk.reopened;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.collections.ladder.LadderWalk.Reached;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The default ladder on a moving business date, computed by hand. An item of 1000.00 CNY due 2026-02-01: the standard
 * ladder's days are 01-25 (-7 reminder), 01-29 (-3 courtesy email), 02-02 (+1), 02-08 (+7), 02-16 (+15 phone),
 * 03-03 (+30 finance), 04-02 (+60 legal); the short ladder of grades C and D: 01-22 (-10), 02-02 (+1), 02-08 (+7 phone),
 * 02-16 (+15 finance), 03-18 (+45 legal). Facts count from the day after their own date.
 */
class LadderEvaluationTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 2);
    private static final LocalDate DUE = LocalDate.of(2026, 2, 1);

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static ItemHistory invoice(String id, List<ItemHistory.Movement> movements, List<ItemHistory.Dispute> disputes) {
        return item(id, "CNY", "1000.00", ISSUED, DUE, movements, disputes);
    }

    private static List<String> steps(List<Reached> reached) {
        return reached.stream().map(r -> r.day() + " " + r.invoiceId() + " " + r.stepId() + (r.late() ? " late" : "")).toList();
    }

    @Nested
    class MovingClock {

        @Test
        void each_step_is_reached_once_on_its_own_day() {
            LadderWalk walk = new LadderWalk(DEFAULT).item(invoice("I1", List.of(), List.of()));
            walk.everyDay(ISSUED, day(4, 30));
            assertThat(steps(walk.reached())).containsExactly(
                    "2026-01-25 I1 reminder", "2026-01-29 I1 courtesy-email", "2026-02-02 I1 first-overdue-email",
                    "2026-02-08 I1 second-overdue-email", "2026-02-16 I1 phone-call", "2026-03-03 I1 finance", "2026-04-02 I1 legal");
            assertThat(walk.reached()).extracting(Reached::amount).allMatch(a -> a.compareTo(new BigDecimal("1000.00")) == 0);
            assertThat(walk.everyDay(ISSUED, day(5, 31))).as("walked again, nothing is reached twice").isEmpty();
        }

        @Test
        void a_day_evaluated_twice_reaches_nothing_more() {
            LadderWalk walk = new LadderWalk(DEFAULT).item(invoice("I1", List.of(), List.of()));
            assertThat(steps(walk.on(day(1, 25)))).containsExactly("2026-01-25 I1 reminder");
            assertThat(walk.on(day(1, 25))).isEmpty();
        }

        @Test
        void several_steps_due_after_a_gap_are_all_reached_in_ladder_order_and_flagged_late() {
            LadderWalk walk = new LadderWalk(DEFAULT).item(invoice("I1", List.of(), List.of()));
            walk.on(day(1, 20));
            assertThat(steps(walk.on(day(2, 20)))).containsExactly(
                    "2026-02-20 I1 reminder late", "2026-02-20 I1 courtesy-email late", "2026-02-20 I1 first-overdue-email late",
                    "2026-02-20 I1 second-overdue-email late", "2026-02-20 I1 phone-call late");
            assertThat(steps(walk.on(day(3, 3)))).containsExactly("2026-03-03 I1 finance");
        }

        @Test
        void an_item_issued_after_its_first_steps_days_reaches_them_at_once_late() {
            ItemHistory late = item("I1", "CNY", "1000.00", day(1, 30), DUE, List.of(), List.of());
            LadderWalk walk = new LadderWalk(DEFAULT).item(late);
            walk.everyDay(day(1, 20), day(2, 2));
            assertThat(steps(walk.reached())).containsExactly("2026-01-30 I1 reminder late", "2026-01-30 I1 courtesy-email late",
                    "2026-02-02 I1 first-overdue-email");
        }
    }

    @Nested
    class Payments {

        @Test
        void a_payment_stops_the_ladder_from_the_day_after_it() {
            LadderWalk walk = new LadderWalk(DEFAULT).item(invoice("I1", List.of(paid("1000.00", day(2, 5))), List.of()));
            walk.everyDay(ISSUED, day(6, 30));
            assertThat(steps(walk.reached())).containsExactly("2026-01-25 I1 reminder", "2026-01-29 I1 courtesy-email",
                    "2026-02-02 I1 first-overdue-email");
        }

        @Test
        void a_payment_on_a_steps_own_day_does_not_stop_that_step() {
            LadderWalk walk = new LadderWalk(DEFAULT).item(invoice("I1", List.of(paid("1000.00", day(2, 8))), List.of()));
            walk.everyDay(ISSUED, day(6, 30));
            assertThat(steps(walk.reached())).last().isEqualTo("2026-02-08 I1 second-overdue-email");
        }

        @Test
        void a_part_payment_dunns_the_rest() {
            LadderWalk walk = new LadderWalk(DEFAULT).item(invoice("I1", List.of(paid("400.00", day(2, 5))), List.of()));
            walk.everyDay(ISSUED, day(2, 8));
            assertThat(walk.reached()).extracting(r -> r.amount().toPlainString())
                    .containsExactly("1000.00", "1000.00", "1000.00", "600.00");
        }

        @Test
        void a_part_payment_leaving_less_than_the_minimum_stops_it() {
            LadderWalk walk = new LadderWalk(DEFAULT).item(invoice("I1", List.of(paid("900.01", day(2, 5))), List.of()));
            walk.everyDay(ISSUED, day(6, 30));
            assertThat(steps(walk.reached())).hasSize(3).last().isEqualTo("2026-02-02 I1 first-overdue-email");
        }

        @Test
        void a_reopened_item_goes_on_where_it_stopped_with_the_steps_it_missed_late() {
            LadderWalk walk = new LadderWalk(DEFAULT).item(invoice("I1", List.of(paid("1000.00", day(2, 5)),
                    reopened("1000.00", day(2, 20))), List.of()));
            walk.everyDay(ISSUED, day(3, 3));
            assertThat(steps(walk.reached())).containsExactly("2026-01-25 I1 reminder", "2026-01-29 I1 courtesy-email",
                    "2026-02-02 I1 first-overdue-email", "2026-02-21 I1 second-overdue-email late", "2026-02-21 I1 phone-call late",
                    "2026-03-03 I1 finance");
        }
    }

    @Nested
    class Disputes {

        @Test
        void a_dispute_of_everything_open_pauses_the_ladder_and_its_resolution_resumes_it_late() {
            ItemHistory.Dispute dispute = new ItemHistory.Dispute(new BigDecimal("1000.00"), day(2, 4), day(2, 25));
            LadderWalk walk = new LadderWalk(DEFAULT).item(invoice("I1", List.of(), List.of(dispute)));
            walk.everyDay(ISSUED, day(3, 3));
            assertThat(steps(walk.reached())).containsExactly("2026-01-25 I1 reminder", "2026-01-29 I1 courtesy-email",
                    "2026-02-02 I1 first-overdue-email", "2026-02-26 I1 second-overdue-email late", "2026-02-26 I1 phone-call late",
                    "2026-03-03 I1 finance");
        }

        @Test
        void a_disputed_amount_is_not_dunned_while_the_rest_is() {
            ItemHistory.Dispute dispute = new ItemHistory.Dispute(new BigDecimal("300.00"), day(2, 4), null);
            LadderWalk walk = new LadderWalk(DEFAULT).item(invoice("I1", List.of(), List.of(dispute)));
            walk.everyDay(ISSUED, day(2, 8));
            assertThat(walk.reached()).last().extracting(r -> r.amount().toPlainString()).isEqualTo("700.00");
        }

        @Test
        void an_item_fully_disputed_stands_paused_with_no_next_step() {
            OpenItem item = new OpenItem("I1", "N-I1", DUE, "CNY", new BigDecimal("1000.00"), new BigDecimal("1000.00"));
            ItemStanding standing = LadderEvaluation.standing(item, "B", DEFAULT, Set.of());
            assertThat(standing.status()).isEqualTo(ItemStatus.PAUSED_DISPUTED);
            assertThat(standing.nextStep()).isEmpty();
        }
    }

    @Nested
    class OtherItems {

        @Test
        void an_item_added_later_does_not_make_an_older_item_skip_a_step() {
            ItemHistory older = invoice("I1", List.of(), List.of());
            ItemHistory newer = item("I2", "CNY", "5000.00", day(2, 5), day(3, 7), List.of(), List.of());
            LadderWalk walk = new LadderWalk(DEFAULT).item(older);
            walk.everyDay(ISSUED, day(2, 4));
            walk.item(newer);
            walk.everyDay(day(2, 5), day(3, 10));
            assertThat(steps(walk.reached())).containsExactly("2026-01-25 I1 reminder", "2026-01-29 I1 courtesy-email",
                    "2026-02-02 I1 first-overdue-email", "2026-02-08 I1 second-overdue-email", "2026-02-16 I1 phone-call",
                    "2026-02-28 I2 reminder", "2026-03-03 I1 finance", "2026-03-04 I2 courtesy-email", "2026-03-08 I2 first-overdue-email");
        }

        @Test
        void paying_an_older_item_stops_only_that_item() {
            ItemHistory older = invoice("I1", List.of(paid("1000.00", day(1, 26))), List.of());
            ItemHistory other = item("I2", "CNY", "1000.00", ISSUED, DUE, List.of(), List.of());
            LadderWalk walk = new LadderWalk(DEFAULT).item(older).item(other);
            walk.everyDay(ISSUED, day(2, 2));
            assertThat(steps(walk.reached())).containsExactly("2026-01-25 I1 reminder", "2026-01-25 I2 reminder",
                    "2026-01-29 I2 courtesy-email", "2026-02-02 I2 first-overdue-email");
        }
    }

    @Nested
    class Minimums {

        @Test
        void an_item_below_its_currencys_minimum_is_not_dunned() {
            LadderWalk walk = new LadderWalk(DEFAULT).item(item("I1", "CNY", "99.99", ISSUED, DUE, List.of(), List.of()))
                    .item(item("I2", "USD", "19.99", ISSUED, DUE, List.of(), List.of()));
            walk.everyDay(ISSUED, day(6, 30));
            assertThat(walk.reached()).isEmpty();
            OpenItem small = new OpenItem("I1", "N-I1", DUE, "CNY", new BigDecimal("99.99"), BigDecimal.ZERO);
            assertThat(LadderEvaluation.standing(small, null, DEFAULT, Set.of()).status()).isEqualTo(ItemStatus.BELOW_MINIMUM);
        }

        @Test
        void an_item_at_its_currencys_minimum_is_dunned() {
            LadderWalk walk = new LadderWalk(DEFAULT).item(item("I1", "CNY", "100.00", ISSUED, DUE, List.of(), List.of()));
            walk.everyDay(ISSUED, day(1, 25));
            assertThat(steps(walk.reached())).containsExactly("2026-01-25 I1 reminder");
        }

        @Test
        void a_currency_without_a_minimum_dunns_any_amount() {
            LadderWalk walk = new LadderWalk(DEFAULT).item(item("I1", "JPY", "1", ISSUED, DUE, List.of(), List.of()));
            walk.everyDay(ISSUED, day(1, 25));
            assertThat(steps(walk.reached())).containsExactly("2026-01-25 I1 reminder");
        }
    }

    @Nested
    class Grades {

        private GradeHistory graded(String grade, LocalDate on) {
            return new GradeHistory(List.of(new GradeHistory.Graded(on, 1, grade)));
        }

        @Test
        void grades_c_and_d_start_earlier_skip_the_courtesy_email_and_escalate_sooner() {
            for (String grade : List.of("C", "D")) {
                LadderWalk walk = new LadderWalk(DEFAULT).item(invoice("I1", List.of(), List.of())).grades(graded(grade, day(1, 1)));
                walk.everyDay(ISSUED, day(4, 30));
                assertThat(steps(walk.reached())).as("grade %s", grade).containsExactly("2026-01-22 I1 reminder",
                        "2026-02-02 I1 first-overdue-email", "2026-02-08 I1 phone-call", "2026-02-16 I1 finance", "2026-03-18 I1 legal");
            }
        }

        @Test
        void a_customer_without_grade_or_with_a_grade_no_ladder_lists_climbs_the_ungraded_ladder() {
            assertThat(DEFAULT.ladderFor(null).name()).isEqualTo("standard");
            assertThat(DEFAULT.ladderFor("E").name()).isEqualTo("standard");
            assertThat(DEFAULT.ladderFor("A").name()).isEqualTo("standard");
            assertThat(DEFAULT.ladderFor("D").name()).isEqualTo("short");
        }

        @Test
        void a_downgrade_keeps_the_steps_taken_and_reaches_the_new_ladders_missed_steps_late() {
            GradeHistory history = new GradeHistory(List.of(new GradeHistory.Graded(day(1, 1), 1, "B"),
                    new GradeHistory.Graded(day(2, 10), 2, "D")));
            LadderWalk walk = new LadderWalk(DEFAULT).item(invoice("I1", List.of(), List.of())).grades(history);
            walk.everyDay(ISSUED, day(2, 20));
            assertThat(steps(walk.reached())).containsExactly("2026-01-25 I1 reminder", "2026-01-29 I1 courtesy-email",
                    "2026-02-02 I1 first-overdue-email", "2026-02-08 I1 second-overdue-email", "2026-02-11 I1 phone-call late",
                    "2026-02-16 I1 finance");
        }

        @Test
        void a_grade_counts_from_the_day_after_its_assessment_and_the_later_of_one_day_wins() {
            GradeHistory history = new GradeHistory(List.of(new GradeHistory.Graded(day(2, 10), 7, "D"),
                    new GradeHistory.Graded(day(2, 10), 3, "A")));
            assertThat(history.gradeOn(day(2, 10))).isEmpty();
            assertThat(history.gradeOn(day(2, 11))).contains("D");
        }
    }

    @Nested
    class AsOf {

        @Test
        void movements_and_disputes_count_from_the_day_after_their_date_the_item_from_its_issue_date() {
            ItemHistory.Dispute dispute = new ItemHistory.Dispute(new BigDecimal("200.00"), day(2, 4), day(2, 10));
            ItemHistory history = invoice("I1", List.of(paid("100.00", day(2, 5))), List.of(dispute));
            assertThat(history.asOf(day(1, 1))).isEmpty();
            assertThat(history.asOf(ISSUED)).get().extracting(OpenItem::open).isEqualTo(new BigDecimal("1000.00"));
            assertThat(history.asOf(day(2, 5))).get().satisfies(i -> {
                assertThat(i.open()).isEqualByComparingTo("1000.00");
                assertThat(i.disputed()).isEqualByComparingTo("200.00");
                assertThat(i.dunnable()).isEqualByComparingTo("800.00");
            });
            assertThat(history.asOf(day(2, 6))).get().extracting(OpenItem::dunnable).satisfies(d -> assertThat(d).isEqualByComparingTo("700.00"));
            assertThat(history.asOf(day(2, 11))).get().extracting(OpenItem::dunnable).satisfies(d -> assertThat(d).isEqualByComparingTo("900.00"));
        }

        @Test
        void overdue_sums_open_items_due_before_the_date_per_currency() {
            List<OpenItem> items = List.of(
                    new OpenItem("a", "A", day(1, 1), "USD", new BigDecimal("10.50"), BigDecimal.ZERO),
                    new OpenItem("b", "B", day(1, 9), "USD", new BigDecimal("4.5"), new BigDecimal("4.5")),
                    new OpenItem("c", "C", day(1, 2), "CNY", new BigDecimal("300"), BigDecimal.ZERO),
                    new OpenItem("d", "D", day(1, 10), "CNY", new BigDecimal("999"), BigDecimal.ZERO));
            assertThat(Overdue.of(items, day(1, 10))).extracting(m -> m.amount().toPlainString() + " " + m.currency())
                    .containsExactly("300.00 CNY", "15.00 USD");
        }
    }
}
