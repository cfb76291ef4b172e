package io.ledgerline.reporting.metrics;

import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.reporting.aging.GroupBy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The question period metrics answer: every period (month, quarter or year) from the one containing
 * {@code from} to the one containing {@code to}, per key of {@code groupBy} and currency; receivables
 * more than {@code riskDays} past due are at risk.
 */
public record MetricsRequest(MetricsPeriod period, YearMonth from, YearMonth to, GroupBy groupBy, int riskDays) {

    static final int DEFAULT_RISK_DAYS = 90;
    static final int MAX_RISK_DAYS = 3650;
    /** Ten years of months: enough for any board pack, few enough that one request stays one quick query. */
    static final int MAX_MONTHS = 120;

    /** Absent {@code to} is the business clock's month; absent {@code from} is {@code to}. */
    public static MetricsRequest parse(String period, String from, String to, String groupBy, String riskDays, LocalDate today) {
        MetricsPeriod length = MetricsPeriod.parse(period);
        YearMonth last = month("to", to, YearMonth.from(today));
        YearMonth first = month("from", from, last);
        if (first.isAfter(last)) {
            throw ProblemException.invalidParameter("from", "from (" + first + ") must not be after to (" + last + ")");
        }
        if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
            throw ProblemException.invalidParameter("to", "from and to may span at most " + MAX_MONTHS + " months, got "
                    + first + " to " + last);
        }
        return new MetricsRequest(length, first, last, GroupBy.parse(groupBy), riskDays(riskDays));
    }

    private static YearMonth month(String field, String value, YearMonth absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(field, field + " must be a month such as 2013-04, not '" + value + "'");
        }
    }

    private static int riskDays(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_RISK_DAYS;
        }
        try {
            int days = Integer.parseInt(value.trim());
            if (days >= 0 && days <= MAX_RISK_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below with the same message as an out-of-range number
        }
        throw ProblemException.invalidParameter("riskDays",
                "riskDays must be a whole number of days from 0 to " + MAX_RISK_DAYS + ", not '" + value + "'");
    }
}
