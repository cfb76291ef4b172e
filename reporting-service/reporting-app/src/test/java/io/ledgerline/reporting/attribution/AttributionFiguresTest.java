package io.ledgerline.reporting.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.reporting.attribution.AttributionReport.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's sums, shares and medians, computed by hand. */
class AttributionFiguresTest {

    private static final AttributionRequest MARCH = new AttributionRequest("USD", LocalDate.of(2041, 3, 1), LocalDate.of(2041, 3, 31));

    private static AttributedPayment paid(String id, String amount, String lastTouch, Map<String, Integer> days) {
        return new AttributedPayment(id, new BigDecimal(amount), lastTouch, days);
    }

    private static Row row(String kind, long payments, String collected, String share, Double median) {
        return new Row(kind, payments, collected, share == null ? null : new BigDecimal(share), median);
    }

    @Test
    void each_kind_counts_the_payments_that_followed_it_and_each_payment_counts_once_by_its_last_touch() {
        // 2000 after a reminder 10 days and a call 2 days before; 1000 after a reminder 5 days before; 500 after reminders
        // (latest 6 days before) and a promise the day before; 500 without touch. Total 4000.
        AttributionReport report = AttributionFigures.report(MARCH, List.of(
                paid("P1", "2000.0000", "CALL", Map.of("REMINDER_EMAIL", 10, "CALL", 2)),
                paid("P2", "1000.0000", "REMINDER_EMAIL", Map.of("REMINDER_EMAIL", 5)),
                paid("P3", "500.0000", "PROMISE", Map.of("REMINDER_EMAIL", 6, "PROMISE", 1)),
                paid("P4", "500.0000", null, Map.of())));

        assertThat(report.payments()).isEqualTo(4);
        assertThat(report.collected()).isEqualTo("4000.00");
        assertThat(report.byTouch()).containsExactly(
                row("REMINDER_EMAIL", 3, "3500.00", "0.8750", 6.0),
                row("CALL", 1, "2000.00", "0.5000", 2.0),
                row("PROMISE", 1, "500.00", "0.1250", 1.0),
                row("NONE", 1, "500.00", "0.1250", null));
        assertThat(report.byLastTouch()).containsExactly(
                row("REMINDER_EMAIL", 1, "1000.00", "0.2500", 5.0),
                row("CALL", 1, "2000.00", "0.5000", 2.0),
                row("PROMISE", 1, "500.00", "0.1250", 1.0),
                row("NONE", 1, "500.00", "0.1250", null));
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_days_and_shares_round_half_even() {
        // 1 of 3 equal payments: 1/3 = 0.33333 -> 0.3333; days 9, 2 and 12 by email: median 9; 2 and 9 by call: 5.5
        AttributionReport report = AttributionFigures.report(MARCH, List.of(
                paid("P1", "100", "CALL", Map.of("EMAIL", 9, "CALL", 2)),
                paid("P2", "100", "EMAIL", Map.of("EMAIL", 2)),
                paid("P3", "100", "CALL", Map.of("EMAIL", 12, "CALL", 9))));
        assertThat(report.byTouch()).containsExactly(
                row("EMAIL", 3, "300.00", "1.0000", 9.0),
                row("CALL", 2, "200.00", "0.6667", 5.5));
        assertThat(report.byLastTouch()).containsExactly(
                row("EMAIL", 1, "100.00", "0.3333", 2.0),
                row("CALL", 2, "200.00", "0.6667", 5.5));
    }

    @Test
    void a_kind_collections_adds_later_comes_after_the_known_ones_and_before_none() {
        AttributionReport report = AttributionFigures.report(MARCH, List.of(
                paid("P1", "10", null, Map.of()),
                paid("P2", "10", "LETTER", Map.of("LETTER", 4)),
                paid("P3", "20", "VISIT", Map.of("VISIT", 0))));
        assertThat(report.byLastTouch()).extracting(Row::kind).containsExactly("VISIT", "LETTER", "NONE");
        assertThat(report.byLastTouch()).extracting(Row::share).containsExactly(new BigDecimal("0.5000"), new BigDecimal("0.2500"),
                new BigDecimal("0.2500"));
    }

    @Test
    void no_payment_gives_no_rows_and_nothing_collected_in_the_currencys_minor_unit() {
        AttributionReport yen = AttributionFigures.report(new AttributionRequest("JPY", MARCH.from(), MARCH.to()), List.of());
        assertThat(yen.payments()).isZero();
        assertThat(yen.collected()).isEqualTo("0");
        assertThat(yen.byTouch()).isEmpty();
        assertThat(yen.byLastTouch()).isEmpty();
        assertThat(AttributionFigures.share(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
    }
}
