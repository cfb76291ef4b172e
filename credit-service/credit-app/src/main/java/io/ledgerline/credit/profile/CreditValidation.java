package io.ledgerline.credit.profile;

import io.ledgerline.credit.scoring.FinancialFigures;
import io.ledgerline.platform.web.problem.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;

/** Turns requests into commands' parts or refuses them with the offending field, before anything is stored. */
public final class CreditValidation {

    public static final int MAX_ID = 100;

    private CreditValidation() {
    }

    /** A customer id from the path: the ERP's customer code, at most 100 characters, no '/'. */
    public static String customerId(String value) {
        String problem = value == null || value.isBlank() ? "id is required"
                : value.length() > MAX_ID ? "id is longer than " + MAX_ID + " characters"
                : value.contains("/") ? "id must not contain '/'" : null;
        if (problem != null) {
            throw ProblemException.invalidParameter("id", problem);
        }
        return value.strip();
    }

    /**
     * A statement whose Altman ratios can be computed: total assets and total liabilities above zero,
     * sales not negative, a period that has ended by {@code today}, one ISO currency for every amount.
     */
    public static FinancialFigures statement(StatementRequest r, String statementId, LocalDate today) {
        if (r == null) {
            throw ProblemException.invalidField(null, "the body must be a financial statement object");
        }
        LocalDate periodEnd = date("periodEnd", r.periodEnd());
        if (periodEnd.isAfter(today)) {
            throw ProblemException.invalidField("periodEnd", "periodEnd " + periodEnd + " has not ended yet");
        }
        String currency = currency(r.currency());
        BigDecimal totalAssets = amount("totalAssets", r.totalAssets());
        BigDecimal totalLiabilities = amount("totalLiabilities", r.totalLiabilities());
        BigDecimal sales = amount("sales", r.sales());
        if (totalAssets.signum() <= 0) {
            throw ProblemException.invalidField("totalAssets", "totalAssets must be above zero: ratios are taken over it");
        }
        if (totalLiabilities.signum() <= 0) {
            throw ProblemException.invalidField("totalLiabilities", "totalLiabilities must be above zero: book equity is divided by it");
        }
        if (sales.signum() < 0) {
            throw ProblemException.invalidField("sales", "sales must not be negative");
        }
        return new FinancialFigures(statementId, periodEnd, currency, amount("workingCapital", r.workingCapital()),
                amount("retainedEarnings", r.retainedEarnings()), amount("ebit", r.ebit()), amount("bookEquity", r.bookEquity()),
                totalAssets, totalLiabilities, sales);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, field + " is required");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, field + " must be an ISO date like 2012-12-31, got '" + value + "'");
        }
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

    private static BigDecimal amount(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, field + " is required, a decimal string like \"1200000.00\"");
        }
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            if (amount.scale() > 2 || value.length() > 30) {
                throw new NumberFormatException();
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, field + " must be a decimal string with at most 2 decimals like \"1200000.00\", got '"
                    + value + "'");
        }
    }
}
