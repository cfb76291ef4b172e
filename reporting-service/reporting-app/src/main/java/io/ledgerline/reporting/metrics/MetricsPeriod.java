package io.ledgerline.reporting.metrics;

import io.ledgerline.platform.web.problem.ProblemException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The length of the periods metrics are measured over; each is made of whole calendar months. */
public enum MetricsPeriod {
    MONTH("month", 1),
    QUARTER("quarter", 3),
    YEAR("year", 12);

    private final String parameter;
    private final int months;

    MetricsPeriod(String parameter, int months) {
        this.parameter = parameter;
        this.months = months;
    }

    public String parameter() {
        return parameter;
    }

    /** One period: its label ({@code 2013-04}, {@code 2013-Q2}, {@code 2013}) and its first and last day. */
    public record Period(String label, LocalDate start, LocalDate end) {

        /** Calendar days in the period, both ends included. */
        public long days() {
            return ChronoUnit.DAYS.between(start, end) + 1;
        }
    }

    /** The periods from the one containing {@code from} to the one containing {@code to}, oldest first. */
    public List<Period> between(YearMonth from, YearMonth to) {
        YearMonth start = firstMonthOf(from);
        List<Period> periods = new ArrayList<>();
        while (!start.isAfter(to)) {
            YearMonth last = start.plusMonths(months - 1L);
            periods.add(new Period(label(start), start.atDay(1), last.atEndOfMonth()));
            start = start.plusMonths(months);
        }
        return periods;
    }

    private YearMonth firstMonthOf(YearMonth month) {
        int index = (month.getMonthValue() - 1) / months * months;
        return YearMonth.of(month.getYear(), index + 1);
    }

    private String label(YearMonth start) {
        return switch (this) {
            case MONTH -> start.toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    public static MetricsPeriod parse(String value) {
        if (value == null || value.isBlank()) {
            return MONTH;
        }
        return Arrays.stream(values()).filter(p -> p.parameter.equals(value.trim())).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("period", "period must be one of "
                        + Arrays.stream(values()).map(MetricsPeriod::parameter).collect(Collectors.joining(", "))
                        + ", not '" + value + "'"));
    }
}
