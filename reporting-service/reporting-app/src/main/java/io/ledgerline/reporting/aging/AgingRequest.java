package io.ledgerline.reporting.aging;

import io.ledgerline.platform.web.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The question an aging report answers: open items as of a date, bucketed and grouped. */
public record AgingRequest(LocalDate asOf, GroupBy groupBy, AgingBuckets buckets) {

    /** Reads the query parameters; an absent {@code asOf} means {@code today}, the business clock's date. */
    public static AgingRequest parse(String asOf, String groupBy, String buckets, LocalDate today) {
        return new AgingRequest(date(asOf, today), GroupBy.parse(groupBy), AgingBuckets.parse(buckets));
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
}
