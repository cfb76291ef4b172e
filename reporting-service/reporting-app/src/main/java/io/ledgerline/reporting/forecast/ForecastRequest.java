package io.ledgerline.reporting.forecast;

import io.ledgerline.platform.web.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The question a collection forecast answers: from {@code asOf}'s ISO week, {@code weeks} weeks ahead, per key and currency. */
public record ForecastRequest(LocalDate asOf, int weeks, Grouping groupBy) {

    static final int DEFAULT_WEEKS = 13;
    static final int MAX_WEEKS = 52;

    /** What a forecast row is keyed by. */
    public enum Grouping {
        CURRENCY("currency"),
        CUSTOMER("customer");

        private final String parameter;

        Grouping(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    public static ForecastRequest parse(String asOf, String weeks, String groupBy, LocalDate today) {
        return new ForecastRequest(date(asOf, today), weeks(weeks), grouping(groupBy));
    }

    private static LocalDate date(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter("asOf", "asOf must be an ISO date such as 2013-06-30, not '" + value + "'");
        }
    }

    private static int weeks(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_WEEKS;
        }
        try {
            int weeks = Integer.parseInt(value.trim());
            if (weeks >= 1 && weeks <= MAX_WEEKS) {
                return weeks;
            }
        } catch (NumberFormatException e) {
            // refused below with the same message as an out-of-range number
        }
        throw ProblemException.invalidParameter("weeks", "weeks must be a whole number from 1 to " + MAX_WEEKS + ", not '"
                + value + "'");
    }

    private static Grouping grouping(String value) {
        if (value == null || value.isBlank()) {
            return Grouping.CURRENCY;
        }
        for (Grouping grouping : Grouping.values()) {
            if (grouping.parameter.equals(value.trim())) {
                return grouping;
            }
        }
        throw ProblemException.invalidParameter("groupBy", "groupBy must be currency or customer, not '" + value + "'");
    }
}
