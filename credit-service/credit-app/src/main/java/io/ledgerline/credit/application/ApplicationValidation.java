package io.ledgerline.credit.application;

import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.platform.web.problem.ProblemException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;

/** Turns requests into commands' parts or refuses them with the offending field, before anything is stored. */
final class ApplicationValidation {

    static final int MAX_ID = 100;
    static final int MAX_TERMS_DAYS = 365;
    static final int MAX_REASON = 2000;

    private ApplicationValidation() {
    }

    /** A new random id when the client sent none; else the client's UUID in its canonical lower-case form. */
    static String applicationId(ApplicationRequest r) {
        if (r.applicationId() == null) {
            return UUID.randomUUID().toString();
        }
        return uuid("applicationId", r.applicationId(), false);
    }

    /** An application id from the path. */
    static String pathId(String value) {
        return uuid("id", value, true);
    }

    static String customerId(String value, String field, boolean parameter) {
        String problem = value == null || value.isBlank() ? field + " is required"
                : value.strip().length() > MAX_ID ? field + " is longer than " + MAX_ID + " characters"
                : value.contains("/") ? field + " must not contain '/'" : null;
        if (problem != null) {
            throw parameter ? ProblemException.invalidParameter(field, problem) : ProblemException.invalidField(field, problem);
        }
        return value.strip();
    }

    /** A limit above zero with at most 2 decimals in an ISO currency, terms of 0-365 days, a prepayment share 0-1. */
    static CreditRequest request(ApplicationRequest r) {
        if (r.requestedLimit() == null) {
            throw ProblemException.invalidField("requestedLimit", "requestedLimit is required: {\"amount\":\"200000.00\",\"currency\":\"CNY\"}");
        }
        BigDecimal amount = decimal("requestedLimit.amount", r.requestedLimit().amount());
        if (amount.signum() <= 0) {
            throw ProblemException.invalidField("requestedLimit.amount", "requestedLimit.amount must be above zero, got '"
                    + r.requestedLimit().amount() + "'");
        }
        String currency = currency(r.requestedLimit().currency());
        Integer days = r.paymentTermsDays();
        if (days == null || days < 0 || days > MAX_TERMS_DAYS) {
            throw ProblemException.invalidField("paymentTermsDays", "paymentTermsDays must be a whole number of days from 0 to "
                    + MAX_TERMS_DAYS + ", got " + days);
        }
        BigDecimal share = r.prepaymentShare() == null ? new BigDecimal("0.00") : decimal("prepaymentShare", r.prepaymentShare());
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw ProblemException.invalidField("prepaymentShare", "prepaymentShare must be from 0 to 1, got '" + r.prepaymentShare() + "'");
        }
        return new CreditRequest(new Money(amount, currency), days, share);
    }

    static String reason(DecisionRequest r) {
        String reason = r == null ? null : r.reason();
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "reason is required: say why the application is decided outside the policy");
        }
        if (reason.length() > MAX_REASON) {
            throw ProblemException.invalidField("reason", "reason is longer than " + MAX_REASON + " characters");
        }
        return reason.strip();
    }

    private static String uuid(String field, String value, boolean parameter) {
        try {
            UUID id = UUID.fromString(value == null ? "" : value.strip());
            String canonical = id.toString();
            if (canonical.equalsIgnoreCase(value.strip())) {
                return canonical;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        String detail = field + " must be a UUID like 3d5f8a2b-0000-4000-8000-000000000003, got '" + value + "'";
        throw parameter ? ProblemException.invalidParameter(field, detail) : ProblemException.invalidField(field, detail);
    }

    private static String currency(String code) {
        try {
            if (code != null && Currency.getInstance(code).getCurrencyCode().equals(code)) {
                return code;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw ProblemException.invalidField("requestedLimit.currency", "requestedLimit.currency must be an ISO 4217 code like CNY, got '"
                + code + "'");
    }

    private static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, field + " is required, a decimal string like \"200000.00\"");
        }
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            if (amount.scale() > 2 || value.length() > 30) {
                throw new NumberFormatException();
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, field + " must be a decimal string with at most 2 decimals like \"200000.00\", got '"
                    + value + "'");
        }
    }
}
