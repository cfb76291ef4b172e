package io.ledgerline.reporting.credit;

import io.ledgerline.platform.web.problem.ProblemException;
import java.time.LocalDate;

/** Which credit alerts to list: those dated in {@code period}, of one {@code kind} or all (null), counted by {@code groupBy} (null: not), one page. */
record AlertsRequest(CreditPeriod period, AlertKind kind, AlertGroupBy groupBy, int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    static AlertsRequest parse(String from, String to, String kind, String groupBy, String page, String size, LocalDate today) {
        return new AlertsRequest(CreditPeriod.parse(from, to, today), AlertKind.parse(kind), AlertGroupBy.parse(groupBy),
                number("page", page, 0, 0, Integer.MAX_VALUE), number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    long offset() {
        return (long) page * size;
    }

    private static int number(String field, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw ProblemException.invalidParameter(field, field + " must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", not '" + value + "'");
    }
}
