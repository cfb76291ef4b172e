package io.ledgerline.reporting.attribution;

import io.ledgerline.platform.web.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;

/** The payments to report: in one ISO 4217 {@code currency}, paid from {@code from} to {@code to} (both included). */
record AttributionRequest(String currency, LocalDate from, LocalDate to) {

    /** {@code to} defaults to today, {@code from} to the first day of {@code to}'s month; the currency is required. */
    static AttributionRequest parse(String currency, String from, String to, LocalDate today) {
        if (currency == null || currency.isBlank()) {
            throw ProblemException.invalidParameter("currency", "currency is required: amounts of different currencies are never added");
        }
        String code = currency.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}") || Currency.getAvailableCurrencies().stream().noneMatch(c -> c.getCurrencyCode().equals(code))) {
            throw ProblemException.invalidParameter("currency", "currency must be an ISO 4217 code such as USD, not '" + currency + "'");
        }
        LocalDate end = date("to", to, today);
        LocalDate start = date("from", from, end.withDayOfMonth(1));
        if (start.isAfter(end)) {
            throw ProblemException.invalidParameter("from", "from (" + start + ") must not be after to (" + end + ")");
        }
        return new AttributionRequest(code, start, end);
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
