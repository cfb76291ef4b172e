package io.ledgerline.receivables.refusal;

import io.ledgerline.platform.web.problem.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the text fields of a request body or refuses them with a 400 naming the field. */
public final class RequestFields {

    private RequestFields() {
    }

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, field + " is required");
        }
        if (value.length() > maxLength) {
            throw ProblemException.invalidField(field, field + " is longer than " + maxLength + " characters");
        }
        return value.strip();
    }

    public static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(text(field, value, 10));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, field + " must be an ISO date like 2013-01-02, got '" + value + "'");
        }
    }

    /** A positive decimal string such as {@code "55.94"}; the currency's scale is checked by the ledger. */
    public static BigDecimal amount(String field, String value) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(text(field, value, 30));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, field + " must be a decimal string like \"55.94\", got '" + value + "'");
        }
        if (amount.signum() <= 0) {
            throw ProblemException.invalidField(field, field + " must be positive, got " + value);
        }
        return amount;
    }
}
