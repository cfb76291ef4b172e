package io.ledgerline.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.reporting.metrics.ReceivableMetrics.MonthlySales;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every formula against numbers worked out by hand. */
class ReceivableMetricsTest {

    @Nested
    class CountbackDso {

        /**
         * The textbook example: 212,000 receivable, sales 100,000 / 80,000 / 70,000 in the last three months.
         * 212,000 - 100,000 = 112,000 (a whole month); - 80,000 = 32,000 (a whole month); 32,000 / 70,000 of the third.
         */
        @Test
        void on_thirty_day_months_reproduces_the_textbook_73_7_days() {
            BigDecimal days = ReceivableMetrics.countbackDso(new BigDecimal("212000"), List.of(
                    month("100000", 30), month("80000", 30), month("70000", 30)));

            // 30 + 30 + 32000 / 70000 x 30 = 60 + 13.714... = 73.71
            assertThat(days).isEqualByComparingTo("73.71");
        }

        /** The same figures at the end of April 2013: April has 30 days, March 31, February 28. */
        @Test
        void on_calendar_months_april_march_february_2013_gives_73_80_days() {
            BigDecimal days = ReceivableMetrics.countbackDso(new BigDecimal("212000"), List.of(
                    month("100000", 30), month("80000", 31), month("70000", 28)));

            // 30 + 31 + 32000 / 70000 x 28 = 61 + 12.8 = 73.80
            assertThat(days).hasToString("73.80");
        }

        @Test
        void receivables_below_the_last_months_sales_are_a_fraction_of_that_month() {
            // 50,000 of April's 100,000: half of 30 days
            assertThat(ReceivableMetrics.countbackDso(new BigDecimal("50000"), List.of(month("100000", 30))))
                    .hasToString("15.00");
        }

        @Test
        void a_month_without_sales_counts_in_full_and_nothing_receivable_is_zero_days() {
            // 100 left after a month with no sales (31 days) and 0 of a 28-day month's 200: 31 + 100/200 x 28 = 45
            assertThat(ReceivableMetrics.countbackDso(new BigDecimal("100"), List.of(month("0", 31), month("200", 28))))
                    .hasToString("45.00");
            assertThat(ReceivableMetrics.countbackDso(BigDecimal.ZERO, List.of(month("200", 28)))).hasToString("0.00");
        }

        @Test
        void receivables_the_history_cannot_exhaust_count_every_day_of_it() {
            assertThat(ReceivableMetrics.countbackDso(new BigDecimal("1000"), List.of(month("100", 30), month("100", 31))))
                    .hasToString("61.00");
        }
    }

    /**
     * One month of 31 days: receivables 1,200 at the start; sales 2,000; at the end 2,600 of which 2,000 current
     * and 300 more than 90 days past due.
     */
    @Nested
    class OneMonth {

        @Test
        void simple_dso_is_receivables_over_sales_times_days() {
            // 2600 / 2000 x 31 = 40.30
            assertThat(ReceivableMetrics.simpleDso(new BigDecimal("2600"), new BigDecimal("2000"), 31)).hasToString("40.30");
        }

        @Test
        void best_possible_dso_counts_only_what_is_not_yet_due_and_add_is_the_difference() {
            BigDecimal dso = ReceivableMetrics.simpleDso(new BigDecimal("2600"), new BigDecimal("2000"), 31);
            BigDecimal best = ReceivableMetrics.bestPossibleDso(new BigDecimal("2000"), new BigDecimal("2000"), 31);

            assertThat(best).hasToString("31.00");
            assertThat(ReceivableMetrics.averageDaysDelinquent(dso, best)).hasToString("9.30");
        }

        @Test
        void cei_is_what_was_collected_of_what_could_be() {
            // (1200 + 2000 - 2600) / (1200 + 2000 - 2000) x 100 = 600 / 1200 x 100 = 50.00
            assertThat(ReceivableMetrics.collectionEffectivenessIndex(new BigDecimal("1200"), new BigDecimal("2000"),
                    new BigDecimal("2600"), new BigDecimal("2000"))).hasToString("50.00");
        }

        @Test
        void overdue_ratio_and_at_risk_rate_are_fractions_of_the_receivables_at_the_end() {
            // 600 / 2600 = 0.230769..., 300 / 2600 = 0.115384...
            assertThat(ReceivableMetrics.ratio(new BigDecimal("600"), new BigDecimal("2600"))).hasToString("0.2308");
            assertThat(ReceivableMetrics.ratio(new BigDecimal("300"), new BigDecimal("2600"))).hasToString("0.1154");
        }
    }

    @Nested
    class Undefined {

        @Test
        void dso_without_sales_is_null_not_zero_or_infinite() {
            assertThat(ReceivableMetrics.simpleDso(new BigDecimal("100"), BigDecimal.ZERO, 30)).isNull();
            assertThat(ReceivableMetrics.bestPossibleDso(new BigDecimal("100"), BigDecimal.ZERO, 30)).isNull();
            assertThat(ReceivableMetrics.averageDaysDelinquent(null, null)).isNull();
        }

        @Test
        void cei_with_nothing_collectible_and_ratios_of_nothing_receivable_are_null() {
            assertThat(ReceivableMetrics.collectionEffectivenessIndex(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO)).isNull();
            assertThat(ReceivableMetrics.ratio(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
        }
    }

    private static MonthlySales month(String sales, int days) {
        return new MonthlySales(new BigDecimal(sales), days);
    }
}
