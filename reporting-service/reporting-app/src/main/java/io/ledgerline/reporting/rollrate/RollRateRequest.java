package io.ledgerline.reporting.rollrate;

import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.reporting.aging.AgingBasis;
import io.ledgerline.reporting.aging.AgingBuckets;
import io.ledgerline.reporting.aging.GroupBy;
import io.ledgerline.reporting.metrics.MetricsPeriod;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The question a roll-rate report answers: how the receivables of one currency moved between aging buckets in each calendar
 * month from {@code from} to {@code to}, optionally per key of {@code groupBy} ({@code null}: the currency as a whole).
 */
public record RollRateRequest(YearMonth from, YearMonth to, String currency, AgingBuckets buckets, AgingBasis basis,
                              GroupBy groupBy) {

    /** Two years of months: enough to see a season repeat, few enough that one request stays one query. */
    static final int MAX_MONTHS = 24;
    /** {@code groupBy=none}, the default: one matrix for the currency as a whole. */
    static final String NO_GROUPING = "none";
    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");

    /** Reads the query parameters; every one but {@code buckets}, {@code basis} and {@code groupBy} is required. */
    public static RollRateRequest parse(String from, String to, String currency, String buckets, String basis, String groupBy) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (first.isAfter(last)) {
            throw ProblemException.invalidParameter("from", "from (" + first + ") must not be after to (" + last + ")");
        }
        if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
            throw ProblemException.invalidParameter("to", "from and to may span at most " + MAX_MONTHS + " months, got "
                    + first + " to " + last);
        }
        AgingBasis ageFrom = AgingBasis.parse(basis);
        return new RollRateRequest(first, last, currency(currency), AgingBuckets.parse(buckets, ageFrom), ageFrom,
                groupBy == null || groupBy.isBlank() || NO_GROUPING.equals(groupBy.trim()) ? null : GroupBy.parse(groupBy));
    }

    /** The calendar months asked for, oldest first. */
    List<MetricsPeriod.Period> months() {
        return MetricsPeriod.MONTH.between(from, to);
    }

    private static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidParameter(field, field + " is required: a month such as 2017-02");
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(field, field + " must be a month such as 2017-02, not '" + value + "'");
        }
    }

    /** Roll rates are per currency (amounts in different currencies are never added), so one is required. */
    private static String currency(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidParameter("currency", "currency is required: an ISO 4217 code such as EUR");
        }
        String code = value.trim();
        if (ISO_CODE.matcher(code).matches()) {
            try {
                return Currency.getInstance(code).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                // refused below like any other text that is not a code
            }
        }
        throw ProblemException.invalidParameter("currency",
                "currency must be an ISO 4217 code of three capital letters such as EUR, not '" + value + "'");
    }
}
