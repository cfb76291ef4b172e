package io.ledgerline.reporting.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.reporting.behaviour.Lateness;
import io.ledgerline.reporting.behaviour.PaidInvoice;
import io.ledgerline.reporting.forecast.CashForecaster.OpenAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * As of Wednesday 2019-07-03, four weeks from Monday 2019-07-01 (2019-W27): weeks start 07-01, 07-08, 07-15 and 07-22;
 * later is from 07-29. Customer A paid 0, 10 and 50 days late (mean 20, 25th 5, 75th 30); B paid nothing, so takes
 * everyone's 0, 0, 0, 10, 50 (mean 12, 25th 0, 75th 10).
 * <ul>
 *   <li>A 100.00 USD due 06-20 (overdue): expected 07-10 (week 2), early 06-25 (before the first: week 1), late 07-20 (week 3);</li>
 *   <li>A 200.00 USD due 07-10: expected 07-30 (later), early 07-15 (week 3), late 08-09 (later);</li>
 *   <li>B 50.00 USD due 07-01: expected 07-13 (week 2), early 07-01 (week 1), late 07-11 (week 2);</li>
 *   <li>B 70.00 EUR due 07-05: expected 07-17 (week 3), early 07-05 (week 1), late 07-15 (week 3).</li>
 * </ul>
 */
class CashForecasterTest {

    private static final Lateness A = Lateness.of(List.of(paid("A", -10), paid("A", 10), paid("A", 50)));
    private static final Lateness EVERYONE = Lateness.of(List.of(paid("A", -10), paid("A", 10), paid("A", 50),
            paid("Z", 0), paid("Z", -3)));
    private static final List<OpenAmount> OPEN = List.of(
            open("A", "USD", "2019-06-20", "100.00"),
            open("A", "USD", "2019-07-10", "200.00"),
            open("B", "USD", "2019-07-01", "50.00"),
            open("B", "EUR", "2019-07-05", "70.00"));

    @Test
    void shifts_each_due_date_by_its_customers_lateness_and_never_before_the_first_week() {
        CollectionForecast forecast = CashForecaster.forecast(new ForecastRequest(LocalDate.parse("2019-07-03"), 4,
                ForecastRequest.Grouping.CURRENCY), OPEN, Map.of("A", A), EVERYONE);

        CollectionForecast.Row usd = forecast.rows().stream().filter(r -> r.currency().equals("USD")).findFirst().orElseThrow();
        assertThat(usd.open()).isEqualTo("350.00");
        assertThat(usd.weeks()).extracting(CollectionForecast.Week::week)
                .containsExactly("2019-W27", "2019-W28", "2019-W29", "2019-W30");
        assertThat(usd.weeks()).extracting(CollectionForecast.Week::expected).containsExactly("0.00", "150.00", "0.00", "0.00");
        assertThat(usd.weeks()).extracting(CollectionForecast.Week::early).containsExactly("150.00", "0.00", "200.00", "0.00");
        assertThat(usd.weeks()).extracting(CollectionForecast.Week::late).containsExactly("0.00", "50.00", "100.00", "0.00");
        assertThat(usd.later()).isEqualTo(new CollectionForecast.Amounts("200.00", "0.00", "200.00"));
        assertThat(usd.weeks()).extracting(CollectionForecast.Week::cumulativeLow).containsExactly("0.00", "50.00", "150.00", "150.00");
        assertThat(usd.weeks()).extracting(CollectionForecast.Week::cumulativeHigh)
                .containsExactly("150.00", "150.00", "350.00", "350.00");
        assertThat(usd.weeks()).extracting(CollectionForecast.Week::cumulativeExpected)
                .containsExactly("0.00", "150.00", "150.00", "150.00");

        CollectionForecast.Row eur = forecast.rows().stream().filter(r -> r.currency().equals("EUR")).findFirst().orElseThrow();
        assertThat(eur.weeks()).extracting(CollectionForecast.Week::expected).containsExactly("0.00", "0.00", "70.00", "0.00");
        assertThat(eur.weeks()).extracting(CollectionForecast.Week::early).containsExactly("70.00", "0.00", "0.00", "0.00");
    }

    @Test
    void groups_by_customer_without_adding_currencies() {
        CollectionForecast forecast = CashForecaster.forecast(new ForecastRequest(LocalDate.parse("2019-07-03"), 4,
                ForecastRequest.Grouping.CUSTOMER), OPEN, Map.of("A", A), EVERYONE);

        assertThat(forecast.rows()).extracting(CollectionForecast.Row::key, CollectionForecast.Row::currency,
                CollectionForecast.Row::open).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", "USD", "300.00"),
                org.assertj.core.groups.Tuple.tuple("B", "EUR", "70.00"),
                org.assertj.core.groups.Tuple.tuple("B", "USD", "50.00"));
    }

    @Test
    void without_any_history_the_due_date_stands() {
        CollectionForecast forecast = CashForecaster.forecast(new ForecastRequest(LocalDate.parse("2019-07-03"), 4,
                ForecastRequest.Grouping.CURRENCY), List.of(open("B", "EUR", "2019-07-09", "70.00")), Map.of(), Lateness.NONE);

        assertThat(forecast.rows().get(0).weeks()).extracting(CollectionForecast.Week::expected, CollectionForecast.Week::late)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0.00", "0.00"),
                        org.assertj.core.groups.Tuple.tuple("70.00", "70.00"),
                        org.assertj.core.groups.Tuple.tuple("0.00", "0.00"),
                        org.assertj.core.groups.Tuple.tuple("0.00", "0.00"));
    }

    private static PaidInvoice paid(String customer, int daysFromDue) {
        LocalDate due = LocalDate.parse("2019-05-31");
        return new PaidInvoice(customer, "USD", BigDecimal.TEN, due, due.plusDays(daysFromDue));
    }

    private static OpenAmount open(String customer, String currency, String due, String amount) {
        return new OpenAmount(customer, currency, LocalDate.parse(due), new BigDecimal(amount));
    }
}
