package io.ledgerline.reporting.forecast;

import io.ledgerline.reporting.behaviour.Lateness;
import io.ledgerline.reporting.metrics.MinorUnit;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places each open, undisputed amount in the week its customer is expected to pay it: its due date shifted by the
 * customer's days late (average for expected, 25th percentile for early, 75th for late, each rounded half up to whole
 * days), never before the first week. A customer without payment history takes every customer's figures; without
 * any history the shift is 0.
 */
public final class CashForecaster {

    /** An amount still to collect: the open amount less its disputed part. */
    public record OpenAmount(String customerId, String currency, LocalDate dueDate, BigDecimal amount) {
    }

    private static final int EXPECTED = 0;
    private static final int EARLY = 1;
    private static final int LATE = 2;

    private CashForecaster() {
    }

    public static CollectionForecast forecast(ForecastRequest request, List<OpenAmount> open, Map<String, Lateness> byCustomer,
                                              Lateness everyone) {
        LocalDate first = request.asOf().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = request.weeks();
        // key -> currency -> [scenario][week, the last being "later"]
        Map<String, Map<String, BigDecimal[][]>> cells = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> totals = new TreeMap<>();
        for (OpenAmount item : open) {
            String key = request.groupBy() == ForecastRequest.Grouping.CUSTOMER ? item.customerId() : item.currency();
            Lateness lateness = byCustomer.getOrDefault(item.customerId(), everyone);
            if (lateness.invoicesPaid() == 0) {
                lateness = everyone;
            }
            BigDecimal[][] amounts = cells.computeIfAbsent(key, k -> new TreeMap<>())
                    .computeIfAbsent(item.currency(), c -> zeros(weeks + 1));
            long[] shifts = {Lateness.days(lateness.averageDaysLate()), Lateness.days(lateness.percentile25()),
                    Lateness.days(lateness.percentile75())};
            for (int scenario = 0; scenario < shifts.length; scenario++) {
                int week = week(first, item.dueDate().plusDays(shifts[scenario]), weeks);
                amounts[scenario][week] = amounts[scenario][week].add(item.amount());
            }
            totals.computeIfAbsent(key, k -> new TreeMap<>()).merge(item.currency(), item.amount(), BigDecimal::add);
        }
        List<CollectionForecast.Row> rows = new ArrayList<>();
        cells.forEach((key, byCurrency) -> byCurrency.forEach((currency, amounts) ->
                rows.add(row(key, currency, totals.get(key).get(currency), amounts, first, weeks))));
        return new CollectionForecast(request.asOf(), weeks, request.groupBy().parameter(), rows);
    }

    /** 0 for the first week (and anything expected before it), {@code weeks} for anything after the last. */
    static int week(LocalDate first, LocalDate expectedOn, int weeks) {
        long week = Math.max(0, ChronoUnit.DAYS.between(first, expectedOn)) / 7;
        return (int) Math.min(week, weeks);
    }

    private static CollectionForecast.Row row(String key, String currency, BigDecimal open, BigDecimal[][] amounts,
                                              LocalDate first, int weeks) {
        List<CollectionForecast.Week> list = new ArrayList<>();
        BigDecimal[] cumulative = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (int w = 0; w < weeks; w++) {
            BigDecimal[] week = new BigDecimal[3];
            for (int s = 0; s < 3; s++) {
                week[s] = MinorUnit.round(amounts[s][w], currency);
                cumulative[s] = cumulative[s].add(week[s]);
            }
            LocalDate start = first.plusWeeks(w);
            list.add(new CollectionForecast.Week(start.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                    + String.format("%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), start,
                    week[EXPECTED].toPlainString(), week[EARLY].toPlainString(), week[LATE].toPlainString(),
                    cumulative[EXPECTED].toPlainString(), cumulative[LATE].toPlainString(), cumulative[EARLY].toPlainString()));
        }
        CollectionForecast.Amounts later = new CollectionForecast.Amounts(MinorUnit.format(amounts[EXPECTED][weeks], currency),
                MinorUnit.format(amounts[EARLY][weeks], currency), MinorUnit.format(amounts[LATE][weeks], currency));
        return new CollectionForecast.Row(key, currency, MinorUnit.format(open, currency), list, later);
    }

    private static BigDecimal[][] zeros(int size) {
        BigDecimal[][] zeros = new BigDecimal[3][size];
        for (BigDecimal[] scenario : zeros) {
            Arrays.fill(scenario, BigDecimal.ZERO);
        }
        return zeros;
    }
}
