package io.ledgerline.credit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.credit.api.v1.CheckReason;
import io.ledgerline.credit.api.v1.CreditCheckApproved;
import io.ledgerline.credit.api.v1.CreditCheckHeld;
import io.ledgerline.credit.api.v1.CreditCheckInputs;
import io.ledgerline.credit.api.v1.GradeTerms;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.check.CreditCheckCommand.CheckOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The overdue tolerance is the grade's, as the policy that graded the customer states it; the former defaults only when it does not. */
class OverdueToleranceTest {

    private static final String ORDER = "SO-2013-0077";
    private static final String CUSTOMER = "0379-NEVHP";
    private static final LocalDate TODAY = LocalDate.of(2013, 3, 15);

    private static GradeTerms terms(String grade, Integer toleranceDays) {
        return new GradeTerms(grade, 0, BigDecimal.ZERO, BigDecimal.ZERO, 30, BigDecimal.ZERO, true, new BigDecimal("1000000.00"),
                toleranceDays);
    }

    private static Money cny(String amount) {
        return new Money(new BigDecimal(amount), "CNY");
    }

    /** Limit 400000.00 CNY, nothing open or reserved, the oldest overdue item {@code days} past due. */
    private static CheckFacts facts(GradeTerms grade, int days) {
        return new CheckFacts(new CheckFacts.Assessment("a-7", 80, grade.grade(), 3, 40, "CNY", grade), cny("400000.00"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, days);
    }

    private static CreditCheckInputs inputs(GradeTerms grade, int days, int tolerance) {
        return new CreditCheckInputs("a-7", 80, grade.grade(), 3, cny("400000.00"), cny("0.00"), cny("0.00"), cny("0.00"),
                cny("1000.00"), days, tolerance);
    }

    @Nested
    class Days {

        @Test
        void a_stated_tolerance_is_used_for_any_grade_even_zero() {
            assertThat(OverdueTolerance.days(terms("A", 5))).isEqualTo(5);
            assertThat(OverdueTolerance.days(terms("C", 20))).isEqualTo(20);
            assertThat(OverdueTolerance.days(terms("B", 0))).isZero();
            assertThat(OverdueTolerance.days(terms("PLATINUM", 45))).isEqualTo(45);
        }

        @Test
        void without_one_the_former_defaults_apply() {
            assertThat(List.of("A", "B", "C", "D", "PLATINUM")).map(g -> OverdueTolerance.days(terms(g, null)))
                    .containsExactly(30, 15, 0, 0, 0);
        }
    }

    @Nested
    class Check {

        private FixtureConfiguration<CreditCheck> fixture;

        @BeforeEach
        void setUp() {
            fixture = new AggregateTestFixture<>(CreditCheck.class);
        }

        private CheckOrder check(CheckFacts facts) {
            return new CheckOrder(ORDER, CUSTOMER, cny("1000.00"), facts, "sales-user", TODAY);
        }

        @Test
        void grade_c_tolerating_20_days_approves_an_order_with_an_item_14_days_overdue() {
            // the former default for C was 0: 14 > 0 would have held
            GradeTerms c = terms("C", 20);
            fixture.givenNoPriorActivity()
                    .when(check(facts(c, 14)))
                    .expectEvents(new CreditCheckApproved(CUSTOMER, ORDER, cny("1000.00"), TODAY, "sales-user", inputs(c, 14, 20)));
        }

        @Test
        void grade_a_tolerating_5_days_holds_an_order_with_an_item_6_days_overdue() {
            // the former default for A was 30: 6 <= 30 would have approved
            GradeTerms a = terms("A", 5);
            fixture.givenNoPriorActivity()
                    .when(check(facts(a, 6)))
                    .expectEvents(new CreditCheckHeld(CUSTOMER, ORDER, cny("1000.00"), TODAY, "sales-user", List.of(
                            new CheckReason("overdue-beyond-tolerance", "the oldest overdue item is 6 days past due, beyond grade A's "
                                    + "tolerance of 5 days", List.of("credit-manager", "finance"))), inputs(a, 6, 5)));
        }

        @Test
        void a_grade_of_a_policy_published_before_tolerances_keeps_the_former_default() {
            // grade B without a stated tolerance: 15 days; 16 holds
            GradeTerms b = terms("B", null);
            fixture.givenNoPriorActivity()
                    .when(check(facts(b, 16)))
                    .expectEvents(new CreditCheckHeld(CUSTOMER, ORDER, cny("1000.00"), TODAY, "sales-user", List.of(
                            new CheckReason("overdue-beyond-tolerance", "the oldest overdue item is 16 days past due, beyond grade B's "
                                    + "tolerance of 15 days", List.of("credit-manager", "finance"))), inputs(b, 16, 15)));
        }
    }
}
