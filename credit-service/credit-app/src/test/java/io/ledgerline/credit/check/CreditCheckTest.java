package io.ledgerline.credit.check;

import io.ledgerline.credit.api.v1.CheckReason;
import io.ledgerline.credit.api.v1.CreditCheckApproved;
import io.ledgerline.credit.api.v1.CreditCheckCancelled;
import io.ledgerline.credit.api.v1.CreditCheckHeld;
import io.ledgerline.credit.api.v1.CreditCheckInputs;
import io.ledgerline.credit.api.v1.CreditCheckRejected;
import io.ledgerline.credit.api.v1.CreditCheckReleased;
import io.ledgerline.credit.api.v1.GradeTerms;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.check.CreditCheckCommand.CancelCheck;
import io.ledgerline.credit.check.CreditCheckCommand.CheckOrder;
import io.ledgerline.credit.check.CreditCheckCommand.ReleaseHold;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CreditCheckTest {

    private static final String ORDER = "SO-2013-0042";
    private static final String CUSTOMER = "0379-NEVHP";
    private static final LocalDate TODAY = LocalDate.of(2013, 3, 15);
    private static final List<String> MANAGER = List.of("credit-manager");
    private static final List<String> ANALYST_OR_MANAGER = List.of("credit-analyst", "credit-manager");
    /** The shipped policy's grades: A auto up to 1000000.00, B up to 300000.00, C and D never automatic. */
    private static final GradeTerms A = terms("A", 90, true, "1000000.00");
    private static final GradeTerms B = terms("B", 75, true, "300000.00");
    private static final GradeTerms C = terms("C", 60, false, "0.00");
    private static final GradeTerms D = terms("D", 0, false, "0.00");

    private FixtureConfiguration<CreditCheck> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CreditCheck.class);
    }

    private static GradeTerms terms(String grade, int minScore, boolean auto, String max) {
        return new GradeTerms(grade, minScore, BigDecimal.ZERO, BigDecimal.ZERO, 30, BigDecimal.ZERO, auto, new BigDecimal(max));
    }

    private static Money cny(String amount) {
        return new Money(new BigDecimal(amount), "CNY");
    }

    private static CheckFacts.Assessment assessed(int score, GradeTerms grade) {
        return new CheckFacts.Assessment("a-1", score, grade.grade(), 2, 40, "CNY", grade);
    }

    /** Grade B (score 80), limit 400000.00 CNY, 300000.00 open, 50000.00 reserved, nothing overdue. */
    private static CheckFacts gradeB() {
        return new CheckFacts(assessed(80, B), cny("400000.00"), new BigDecimal("300000.00"), new BigDecimal("50000.00"),
                BigDecimal.ZERO, 0);
    }

    private static CheckOrder check(String amount, CheckFacts facts) {
        return new CheckOrder(ORDER, CUSTOMER, cny(amount), facts, "sales-user", TODAY);
    }

    /** The status a command leaves the check in, as the service stores it. */
    private static org.hamcrest.Matcher<CreditCheck.Outcome> outcome(CreditCheck.Status status) {
        return new org.hamcrest.CustomTypeSafeMatcher<>(status.name()) {
            @Override
            protected boolean matchesSafely(CreditCheck.Outcome o) {
                return o.status() == status;
            }
        };
    }

    private static CreditCheckInputs inputs(CheckFacts f, String exposure) {
        CheckFacts.Assessment a = f.assessment();
        return new CreditCheckInputs(a == null ? null : "a-1", a == null ? null : a.score(), a == null ? null : a.grade(),
                a == null ? null : 2, f.creditLimit(), cny(CreditCheckRules.plain(f.openReceivables())),
                cny(CreditCheckRules.plain(f.reservedOrders())), cny("0.00"), cny(exposure), f.oldestOverdueDays(),
                a == null ? null : OverdueTolerance.days(a.grade()));
    }

    @Nested
    class Check {

        @Test
        void within_the_limit_and_the_automatic_approval_it_is_approved_with_its_inputs() {
            // 300000 open + 50000 reserved + 40000 = 390000 <= 400000; 40000 <= B's 300000 automatic
            fixture.givenNoPriorActivity()
                    .when(check("40000.00", gradeB()))
                    .expectEvents(new CreditCheckApproved(CUSTOMER, ORDER, cny("40000.00"), TODAY, "sales-user",
                            inputs(gradeB(), "390000.00")))
                    .expectResultMessagePayloadMatching(outcome(CreditCheck.Status.APPROVED));
        }

        @Test
        void exposure_with_the_order_above_the_limit_holds_for_a_credit_manager() {
            // 300000 + 50000 + 50000.01 = 400000.01 > 400000
            fixture.givenNoPriorActivity()
                    .when(check("50000.01", gradeB()))
                    .expectEvents(new CreditCheckHeld(CUSTOMER, ORDER, cny("50000.01"), TODAY, "sales-user", List.of(
                            new CheckReason("over-limit", "exposure with this order 400000.01 CNY (open 300000.00 + reserved 50000.00 "
                                    + "- prepaid 0.00 + order 50000.01) is above the credit limit of 400000.00 CNY", MANAGER)),
                            inputs(gradeB(), "400000.01")));
        }

        @Test
        void exposure_exactly_at_the_limit_is_approved() {
            fixture.givenNoPriorActivity()
                    .when(check("50000.00", gradeB()))
                    .expectEvents(new CreditCheckApproved(CUSTOMER, ORDER, cny("50000.00"), TODAY, "sales-user",
                            inputs(gradeB(), "400000.00")));
        }

        @Test
        void a_customer_never_assessed_is_held_for_a_credit_manager() {
            CheckFacts facts = new CheckFacts(null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);
            fixture.givenNoPriorActivity()
                    .when(check("1000.00", facts))
                    .expectEvents(new CreditCheckHeld(CUSTOMER, ORDER, cny("1000.00"), TODAY, "sales-user", List.of(
                            new CheckReason("not-assessed", "the customer has not been assessed", MANAGER),
                            new CheckReason("no-credit-limit", "the customer has no credit limit assigned", MANAGER)),
                            inputs(facts, "1000.00")));
        }

        @Test
        void no_credit_limit_holds_for_a_credit_manager() {
            CheckFacts facts = new CheckFacts(assessed(95, A), null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);
            fixture.givenNoPriorActivity()
                    .when(check("1000.00", facts))
                    .expectEvents(new CreditCheckHeld(CUSTOMER, ORDER, cny("1000.00"), TODAY, "sales-user", List.of(
                            new CheckReason("no-credit-limit", "the customer has no credit limit assigned", MANAGER)),
                            inputs(facts, "1000.00")));
        }

        @Test
        void an_order_in_another_currency_than_the_limit_is_held_never_converted() {
            CheckFacts facts = new CheckFacts(assessed(95, A), new Money(new BigDecimal("400000.00"), "USD"), BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, 0);
            fixture.givenNoPriorActivity()
                    .when(check("1000.00", facts))
                    .expectEvents(new CreditCheckHeld(CUSTOMER, ORDER, cny("1000.00"), TODAY, "sales-user", List.of(
                            new CheckReason("currency-not-limit-currency", "the order is in CNY but the credit limit is in USD "
                                    + "(never converted)", MANAGER)), inputs(facts, "1000.00")));
        }

        @Test
        void overdue_beyond_the_grade_tolerance_holds_for_a_credit_manager_or_finance() {
            // grade B tolerates 15 days; 16 holds
            CheckFacts facts = new CheckFacts(assessed(80, B), cny("400000.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 16);
            fixture.givenNoPriorActivity()
                    .when(check("1000.00", facts))
                    .expectEvents(new CreditCheckHeld(CUSTOMER, ORDER, cny("1000.00"), TODAY, "sales-user", List.of(
                            new CheckReason("overdue-beyond-tolerance", "the oldest overdue item is 16 days past due, beyond grade B's "
                                    + "tolerance of 15 days", List.of("credit-manager", "finance"))), inputs(facts, "1000.00")));
        }

        @Test
        void overdue_within_the_grade_tolerance_is_approved() {
            // grade A tolerates 30 days
            CheckFacts facts = new CheckFacts(assessed(95, A), cny("400000.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 30);
            fixture.givenNoPriorActivity()
                    .when(check("1000.00", facts))
                    .expectEvents(new CreditCheckApproved(CUSTOMER, ORDER, cny("1000.00"), TODAY, "sales-user", inputs(facts, "1000.00")));
        }

        @Test
        void above_the_grade_automatic_approval_holds_for_an_analyst_or_manager() {
            CheckFacts facts = new CheckFacts(assessed(80, B), cny("1000000.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);
            fixture.givenNoPriorActivity()
                    .when(check("300000.01", facts))
                    .expectEvents(new CreditCheckHeld(CUSTOMER, ORDER, cny("300000.01"), TODAY, "sales-user", List.of(
                            new CheckReason("above-auto-approval", "300000.01 CNY is above grade B's automatic approval of up to "
                                    + "300000.00 CNY", ANALYST_OR_MANAGER)), inputs(facts, "300000.01")));
        }

        @Test
        void a_grade_without_automatic_approval_holds_for_an_analyst_or_manager() {
            CheckFacts facts = new CheckFacts(assessed(65, C), cny("100000.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);
            fixture.givenNoPriorActivity()
                    .when(check("10.00", facts))
                    .expectEvents(new CreditCheckHeld(CUSTOMER, ORDER, cny("10.00"), TODAY, "sales-user", List.of(
                            new CheckReason("above-auto-approval", "grade C orders are not approved automatically", ANALYST_OR_MANAGER)),
                            inputs(facts, "10.00")));
        }

        @Test
        void grade_d_is_rejected_it_trades_on_prepayment_only() {
            CheckFacts facts = new CheckFacts(assessed(50, D), cny("50000.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);
            fixture.givenNoPriorActivity()
                    .when(check("10.00", facts))
                    .expectEvents(new CreditCheckRejected(CUSTOMER, ORDER, cny("10.00"), TODAY, "sales-user", List.of(
                            new CheckReason("grade-d", "grade D trades on prepayment only", List.of())), inputs(facts, "10.00")));
        }

        @Test
        void a_score_below_the_minimum_to_trade_is_rejected() {
            // 39 < 40; grade D as well
            CheckFacts facts = new CheckFacts(assessed(39, D), cny("50000.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);
            fixture.givenNoPriorActivity()
                    .when(check("10.00", facts))
                    .expectEvents(new CreditCheckRejected(CUSTOMER, ORDER, cny("10.00"), TODAY, "sales-user", List.of(
                            new CheckReason("below-minimum-score", "score 39 is below the minimum of 40 to trade (policy version 2)",
                                    List.of()),
                            new CheckReason("grade-d", "grade D trades on prepayment only", List.of())), inputs(facts, "10.00")));
        }

        @Test
        void the_same_order_again_records_nothing() {
            fixture.given(new CreditCheckApproved(CUSTOMER, ORDER, cny("40000.00"), TODAY, "sales-user", inputs(gradeB(), "390000.00")))
                    .when(check("40000.0", gradeB()))
                    .expectNoEvents()
                    .expectResultMessagePayload(new CreditCheck.Outcome(CreditCheck.Status.APPROVED, List.of()));
        }

        @Test
        void the_same_order_id_with_another_amount_is_refused() {
            fixture.given(new CreditCheckApproved(CUSTOMER, ORDER, cny("40000.00"), TODAY, "sales-user", inputs(gradeB(), "390000.00")))
                    .when(check("40000.01", gradeB()))
                    .expectNoEvents()
                    .expectException(CheckRefused.class);
        }
    }

    private static CreditCheckHeld overLimitAndAboveAutoApproval() {
        return new CreditCheckHeld(CUSTOMER, ORDER, cny("500000.00"), TODAY, "sales-user", List.of(
                new CheckReason("over-limit", "over", MANAGER), new CheckReason("above-auto-approval", "above", ANALYST_OR_MANAGER)),
                inputs(gradeB(), "850000.00"));
    }

    @Nested
    class Release {

        @Test
        void a_credit_manager_releases_a_hold_every_reason_of_which_names_the_role() {
            fixture.given(overLimitAndAboveAutoApproval())
                    .when(new ReleaseHold(ORDER, "credit-manager-user", Set.of("credit-manager"), "letter of credit", TODAY))
                    .expectEvents(new CreditCheckReleased(CUSTOMER, ORDER, cny("500000.00"), "credit-manager-user", "credit-manager",
                            TODAY, "letter of credit"))
                    .expectResultMessagePayloadMatching(outcome(CreditCheck.Status.APPROVED));
        }

        @Test
        void an_analyst_may_not_release_a_hold_that_is_also_over_the_limit() {
            fixture.given(overLimitAndAboveAutoApproval())
                    .when(new ReleaseHold(ORDER, "credit-analyst-user", Set.of("credit-analyst"), "fine", TODAY))
                    .expectNoEvents()
                    .expectException(CheckRefused.class);
        }

        @Test
        void an_approved_check_is_not_released_again() {
            fixture.given(overLimitAndAboveAutoApproval(), new CreditCheckReleased(CUSTOMER, ORDER, cny("500000.00"),
                            "credit-manager-user", "credit-manager", TODAY, "once"))
                    .when(new ReleaseHold(ORDER, "credit-manager-user", Set.of("credit-manager"), "twice", TODAY))
                    .expectNoEvents()
                    .expectException(CheckRefused.class);
        }
    }

    @Nested
    class Cancel {

        @Test
        void cancelling_an_approved_check_frees_its_reservation() {
            fixture.given(new CreditCheckApproved(CUSTOMER, ORDER, cny("40000.00"), TODAY, "sales-user", inputs(gradeB(), "390000.00")))
                    .when(new CancelCheck(ORDER, "sales-user", "withdrawn", TODAY))
                    .expectEvents(new CreditCheckCancelled(CUSTOMER, ORDER, cny("40000.00"), "sales-user", TODAY, "withdrawn", true))
                    .expectResultMessagePayloadMatching(outcome(CreditCheck.Status.CANCELLED));
        }

        @Test
        void cancelling_a_hold_frees_nothing() {
            fixture.given(overLimitAndAboveAutoApproval())
                    .when(new CancelCheck(ORDER, "sales-user", "withdrawn", TODAY))
                    .expectEvents(new CreditCheckCancelled(CUSTOMER, ORDER, cny("500000.00"), "sales-user", TODAY, "withdrawn", false));
        }

        @Test
        void a_rejected_check_is_not_cancelled() {
            fixture.given(new CreditCheckRejected(CUSTOMER, ORDER, cny("10.00"), TODAY, "sales-user", List.of(), inputs(gradeB(), "10.00")))
                    .when(new CancelCheck(ORDER, "sales-user", "withdrawn", TODAY))
                    .expectNoEvents()
                    .expectException(CheckRefused.class);
        }
    }
}
