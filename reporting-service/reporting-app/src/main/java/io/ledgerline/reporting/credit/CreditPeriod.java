package io.ledgerline.reporting.credit;

import io.ledgerline.platform.web.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The days a credit report covers, both ends included: {@code to} defaults to today, {@code from} to the first of its month. */
public record CreditPeriod(LocalDate from, LocalDate to) {

    public static CreditPeriod parse(String from, String to, LocalDate today) {
        LocalDate end = date("to", to, today);
        LocalDate start = date("from", from, end.withDayOfMonth(1));
        if (start.isAfter(end)) {
            throw ProblemException.invalidParameter("from", "from (" + start + ") must not be after to (" + end + ")");
        }
        return new CreditPeriod(start, end);
    }

    private static LocalDate date(String field, String value, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(field, field + " must be an ISO date such as 2013-03-31, not '" + value + "'");
        }
    }
}
