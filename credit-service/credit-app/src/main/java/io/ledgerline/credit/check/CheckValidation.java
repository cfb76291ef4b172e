package io.ledgerline.credit.check;

import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.platform.web.problem.ProblemException;
import java.math.BigDecimal;
import java.util.Currency;

/** Refuses bad input with the offending field before anything is stored. */
final class CheckValidation {

    static final int MAX_ID = 100;
    static final int MAX_REASON = 2000;

    private CheckValidation() {
    }

    /** A customer or order id: required, at most 100 characters, no '/'. */
    static String id(String value, String field, boolean parameter) {
        String problem = value == null || value.isBlank() ? field + " is required"
                : value.strip().length() > MAX_ID ? field + " is longer than " + MAX_ID + " characters"
                : value.contains("/") ? field + " must not contain '/'" : null;
        if (problem != null) {
            throw parameter ? ProblemException.invalidParameter(field, problem) : ProblemException.invalidField(field, problem);
        }
        return value.strip();
    }

    /** An amount above zero with at most 2 decimals, in an ISO 4217 currency. */
    static Money amount(CheckRequest r) {
        String value = r.amount();
        BigDecimal amount;
        try {
            if (value == null || value.isBlank() || value.length() > 30) {
                throw new NumberFormatException();
            }
            amount = new BigDecimal(value.strip());
            if (amount.scale() > 2) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("amount", "amount must be a decimal string with at most 2 decimals like \"18000.00\", got '"
                    + value + "'");
        }
        if (amount.signum() <= 0) {
            throw ProblemException.invalidField("amount", "amount must be above zero, got '" + value + "'");
        }
        return new Money(amount.setScale(2), currency(r.currency()));
    }

    static String reason(ReasonRequest r) {
        String reason = r == null ? null : r.reason();
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "reason is required");
        }
        if (reason.length() > MAX_REASON) {
            throw ProblemException.invalidField("reason", "reason is longer than " + MAX_REASON + " characters");
        }
        return reason.strip();
    }

    private static String currency(String code) {
        try {
            if (code != null && Currency.getInstance(code).getCurrencyCode().equals(code)) {
                return code;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw ProblemException.invalidField("currency", "currency must be an ISO 4217 code like CNY, got '" + code + "'");
    }
}
