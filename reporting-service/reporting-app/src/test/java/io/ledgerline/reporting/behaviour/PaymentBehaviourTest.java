package io.ledgerline.reporting.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The lateness figures and the PAYDEX-style mapping against numbers worked out by hand. */
class PaymentBehaviourTest {

    @Nested
    class PaydexScore {

        @Test
        void follows_the_documented_points() {
            assertThat(Paydex.score(-30)).isEqualByComparingTo("100");
            assertThat(Paydex.score(-10)).isEqualByComparingTo("100");
            assertThat(Paydex.score(0)).isEqualByComparingTo("80");
            assertThat(Paydex.score(15)).isEqualByComparingTo("70");
            assertThat(Paydex.score(22)).isEqualByComparingTo("60");
            assertThat(Paydex.score(30)).isEqualByComparingTo("50");
            assertThat(Paydex.score(60)).isEqualByComparingTo("40");
            assertThat(Paydex.score(90)).isEqualByComparingTo("30");
            assertThat(Paydex.score(120)).isEqualByComparingTo("20");
            assertThat(Paydex.score(400)).isEqualByComparingTo("20");
        }

        @Test
        void runs_straight_between_the_points() {
            // halfway between -10 (100) and 0 (80); halfway between 30 (50) and 60 (40); 7 of the 15 days from 80 to 70
            assertThat(Paydex.score(-5)).isEqualByComparingTo("90");
            assertThat(Paydex.score(45)).isEqualByComparingTo("45");
            assertThat(Paydex.score(7)).isEqualByComparingTo("75.3333");
        }
    }

    /**
     * As of 2019-06-30 (window 2018-07-01 to 2019-06-30), USD: 100 due 01-31 paid 01-21 (10 early: score 100), 300 due
     * 02-28 paid 02-28 (80), 200 due 03-31 paid 04-30 (30 late: 50), 400 due 04-30 paid 06-29 (60 late: 40);
     * EUR: 50 due 05-10 paid 05-17 (7 late: 75.3333).
     */
    @Nested
    class OneCustomer {

        private final List<PaidInvoice> paid = List.of(
                paid("USD", "100", "2019-01-31", "2019-01-21"),
                paid("USD", "300", "2019-02-28", "2019-02-28"),
                paid("USD", "200", "2019-03-31", "2019-04-30"),
                paid("USD", "400", "2019-04-30", "2019-06-29"),
                paid("EUR", "50", "2019-05-10", "2019-05-17"));

        private final PaymentBehaviour behaviour = FindPaymentBehaviour.of("C", LocalDate.parse("2019-06-30"), paid);

        @Test
        void counts_days_late_per_invoice_with_early_payments_as_zero() {
            // days late sorted 0, 0, 7, 30, 60: mean 97 / 5 = 19.40, median (rank 2) 7, 25th (rank 1) 0, 75th (rank 3) 30
            assertThat(behaviour.since()).hasToString("2018-07-01");
            assertThat(behaviour.invoicesPaid()).isEqualTo(5);
            assertThat(behaviour.averageDaysLate()).isEqualTo("19.40");
            assertThat(behaviour.medianDaysLate()).isEqualTo("7.00");
            assertThat(behaviour.daysLate25thPercentile()).isEqualTo("0.00");
            assertThat(behaviour.daysLate75thPercentile()).isEqualTo("30.00");
            assertThat(behaviour.onTimeShare()).isEqualTo("0.4000");
        }

        @Test
        void weighs_the_index_by_amount_within_each_currency_only() {
            // USD: (100 x 100 + 80 x 300 + 50 x 200 + 40 x 400) / 1000 = 60000 / 1000 = 60; EUR: 75.3333 -> 75
            assertThat(behaviour.paydex()).containsExactly(
                    new PaymentBehaviour.CurrencyIndex("EUR", 1, "50.00", 75),
                    new PaymentBehaviour.CurrencyIndex("USD", 4, "1000.00", 60));
        }

        @Test
        void trends_by_month_of_payment_over_twelve_months() {
            assertThat(behaviour.trend()).hasSize(12);
            assertThat(behaviour.trend().get(0)).isEqualTo(new PaymentBehaviour.Month(java.time.YearMonth.parse("2018-07"), 0, null, null));
            assertThat(behaviour.trend().get(9)).isEqualTo(new PaymentBehaviour.Month(java.time.YearMonth.parse("2019-04"), 1, "30.00", "0.0000"));
            assertThat(behaviour.trend().get(11)).isEqualTo(new PaymentBehaviour.Month(java.time.YearMonth.parse("2019-06"), 1, "60.00", "0.0000"));
            assertThat(behaviour.trend().get(6).onTimeShare()).as("2019-01").isEqualTo("1.0000");
        }
    }

    @Test
    void percentiles_interpolate_between_the_nearest_ranks() {
        // 0, 10, 50: the 25th sits at rank 0.5 (5), the 75th at rank 1.5 (30)
        assertThat(Lateness.percentile(List.of(0L, 10L, 50L), 25)).hasToString("5.00");
        assertThat(Lateness.percentile(List.of(0L, 10L, 50L), 75)).hasToString("30.00");
        assertThat(Lateness.percentile(List.of(4L), 75)).hasToString("4.00");
    }

    @Test
    void nothing_paid_has_no_figures() {
        PaymentBehaviour none = FindPaymentBehaviour.of("C", LocalDate.parse("2019-06-30"), List.of());

        assertThat(none.invoicesPaid()).isZero();
        assertThat(none.averageDaysLate()).isNull();
        assertThat(none.paydex()).isEmpty();
    }

    private static PaidInvoice paid(String currency, String amount, String due, String paidOn) {
        return new PaidInvoice("C", currency, new BigDecimal(amount), LocalDate.parse(due), LocalDate.parse(paidOn));
    }
}
