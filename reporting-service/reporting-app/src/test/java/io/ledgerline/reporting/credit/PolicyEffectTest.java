package io.ledgerline.reporting.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.reporting.credit.CheckOutcome.Status;
import io.ledgerline.reporting.credit.GradeChange.Direction;
import io.ledgerline.reporting.credit.PolicyEffectReport.CurrencyAmounts;
import io.ledgerline.reporting.credit.PolicyEffectReport.GradeEffect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * March 2034, checks by the grade in force at each:
 * <ol>
 *   <li>A approved 1000.00 EUR;</li>
 *   <li>A held 500.00 EUR, released 03-20;</li>
 *   <li>A held 300.00 EUR, released 04-02 (after the period: still held on 03-31);</li>
 *   <li>A approved 200.00 USD, cancelled 03-25;</li>
 *   <li>A held 100.00 EUR, released 03-05 and cancelled 03-06 (released and cancelled);</li>
 *   <li>C rejected 700.00 EUR;</li>
 *   <li>C held 400.00 EUR, cancelled 03-10 without a release;</li>
 *   <li>(none) held 50.00 EUR.</li>
 * </ol>
 * A: 5 checks, 2 at once, 3 held, 2 released, 0 rejected, 2 cancelled; hold rate 3/5 = 0.6000, release rate 2/3 =
 * 0.6667. EUR checked 1000 + 500 + 300 + 100 = 1900.00, at once 1000.00, held 900.00, released 600.00, cancelled 100.00;
 * USD 200.00 checked, at once and cancelled. C: 2 checks, 1 held, 1 rejected, 1 cancelled; 0.5000 and 0/1 = 0.0000; EUR
 * 1100.00 checked, 400.00 held and cancelled, 700.00 rejected. (none): 1 held, 1.0000, 0.0000. Total: 8 checks, 2 at
 * once, 5 held, 2 released, 1 rejected, 3 cancelled; 5/8 = 0.6250, 2/5 = 0.4000; EUR 3050.00 checked, 1000.00 at once,
 * 1350.00 held, 600.00 released, 700.00 rejected, 500.00 cancelled.
 * Customers on 03-31: A 4, B 2, D 1. Changes: downgrades B to C, A to B and (no from grade) to D; an upgrade C to B.
 */
class PolicyEffectTest {

    private static final CreditPeriod MARCH = new CreditPeriod(LocalDate.parse("2034-03-01"), LocalDate.parse("2034-03-31"));

    private final PolicyEffectReport report = PolicyEffect.report(MARCH, List.of(
                    check("A", "1000.00", "EUR", Status.APPROVED, null, null),
                    check("A", "500.00", "EUR", Status.HOLD, "2034-03-20", null),
                    check("A", "300.00", "EUR", Status.HOLD, "2034-04-02", null),
                    check("A", "200.00", "USD", Status.APPROVED, null, "2034-03-25"),
                    check("A", "100.00", "EUR", Status.HOLD, "2034-03-05", "2034-03-06"),
                    check("C", "700.00", "EUR", Status.REJECTED, null, null),
                    check("C", "400.00", "EUR", Status.HOLD, null, "2034-03-10"),
                    check("(none)", "50.00", "EUR", Status.HOLD, null, null)),
            Map.of("A", 4L, "B", 2L, "D", 1L),
            List.of(new GradeChange("B", "C", Direction.DOWNGRADE), new GradeChange("A", "B", Direction.DOWNGRADE),
                    new GradeChange(null, "D", Direction.DOWNGRADE), new GradeChange("C", "B", Direction.UPGRADE)));

    @Test
    void grades_come_in_order_with_placeholders_last() {
        assertThat(report.grades()).extracting(GradeEffect::grade).containsExactly("A", "B", "C", "D", "(none)");
        assertThat(report.from()).isEqualTo(MARCH.from());
        assertThat(report.to()).isEqualTo(MARCH.to());
    }

    @Test
    void a_grade_counts_its_checks_by_decision_and_what_became_of_them_by_the_end_of_the_period() {
        assertThat(grade("A")).isEqualTo(new GradeEffect("A", 5, 2, 3, 2, 0, 2, "0.6000", "0.6667", List.of(
                new CurrencyAmounts("EUR", "1900.00", "1000.00", "900.00", "600.00", "0.00", "100.00"),
                new CurrencyAmounts("USD", "200.00", "200.00", "0.00", "0.00", "0.00", "200.00")), 4, 0, 1, 0, 0));
        assertThat(grade("C")).isEqualTo(new GradeEffect("C", 2, 0, 1, 0, 1, 1, "0.5000", "0.0000", List.of(
                new CurrencyAmounts("EUR", "1100.00", "0.00", "400.00", "0.00", "700.00", "400.00")), 0, 1, 0, 0, 1));
        assertThat(grade("(none)")).isEqualTo(new GradeEffect("(none)", 1, 0, 1, 0, 0, 0, "1.0000", "0.0000", List.of(
                new CurrencyAmounts("EUR", "50.00", "0.00", "50.00", "0.00", "0.00", "0.00")), 0, 0, 0, 0, 0));
    }

    @Test
    void a_grade_without_checks_has_no_rates_but_its_customers_and_grade_changes() {
        assertThat(grade("B")).isEqualTo(new GradeEffect("B", 0, 0, 0, 0, 0, 0, null, null, List.of(), 2, 1, 1, 1, 0));
        assertThat(grade("D")).isEqualTo(new GradeEffect("D", 0, 0, 0, 0, 0, 0, null, null, List.of(), 1, 1, 0, 0, 0));
    }

    @Test
    void the_total_counts_every_check_customer_and_grade_change_once() {
        assertThat(report.total()).isEqualTo(new GradeEffect(PolicyEffect.ALL, 8, 2, 5, 2, 1, 3, "0.6250", "0.4000", List.of(
                new CurrencyAmounts("EUR", "3050.00", "1000.00", "1350.00", "600.00", "700.00", "500.00"),
                new CurrencyAmounts("USD", "200.00", "200.00", "0.00", "0.00", "0.00", "200.00")), 7, 3, 3, 1, 1));
    }

    @Test
    void only_a_held_check_counts_as_released() {
        PolicyEffectReport approved = PolicyEffect.report(MARCH,
                List.of(check("B", "10.00", "EUR", Status.APPROVED, "2034-03-02", null)), Map.of(), List.of());

        assertThat(approved.grades().get(0).released()).isZero();
        assertThat(approved.grades().get(0).releaseRate()).isNull();
    }

    @Test
    void amounts_are_shown_in_the_currency_minor_unit() {
        PolicyEffectReport yen = PolicyEffect.report(MARCH,
                List.of(check("B", "1500", "JPY", Status.APPROVED, null, null), check("B", "0.5", "JPY", Status.APPROVED, null, null)),
                Map.of(), List.of());

        assertThat(yen.grades().get(0).amounts()).containsExactly(
                new CurrencyAmounts("JPY", "1500", "1500", "0", "0", "0", "0"));
    }

    @Test
    void rates_round_half_even_to_four_decimals() {
        assertThat(PolicyEffect.rate(1, 32)).as("0.03125").isEqualTo("0.0312");
        assertThat(PolicyEffect.rate(3, 32)).as("0.09375").isEqualTo("0.0938");
        assertThat(PolicyEffect.rate(2, 3)).isEqualTo("0.6667");
        assertThat(PolicyEffect.rate(0, 0)).isNull();
    }

    private GradeEffect grade(String grade) {
        return report.grades().stream().filter(g -> g.grade().equals(grade)).findFirst().orElseThrow();
    }

    private static CheckFate check(String grade, String amount, String currency, Status status, String releasedOn,
                                   String cancelledOn) {
        return new CheckFate(grade, new Money(new BigDecimal(amount), currency), status,
                releasedOn == null ? null : LocalDate.parse(releasedOn), cancelledOn == null ? null : LocalDate.parse(cancelledOn));
    }
}
