package io.ledgerline.reporting.performance;

import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.reporting.aging.GroupBy;
import io.ledgerline.reporting.metrics.MetricsRequest;
import java.time.LocalDate;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * The question collection performance answers: the period metrics question by sales owner ({@code figures}:
 * periods, from, to, checked as the metrics endpoint checks them), rolled up by {@code groupBy}, in one currency.
 */
public record PerformanceRequest(MetricsRequest figures, PerformanceGroupBy groupBy, String currency) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    public static PerformanceRequest parse(String period, String from, String to, String groupBy, String currency,
                                           LocalDate today) {
        MetricsRequest figures = MetricsRequest.parse(period, from, to, GroupBy.SALES_OWNER.parameter(), null, today);
        return new PerformanceRequest(figures, PerformanceGroupBy.parse(groupBy), currency(currency));
    }

    private static String currency(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidParameter("currency",
                    "currency is required: performance is measured in one currency, e.g. currency=SEK");
        }
        String code = value.trim();
        try {
            if (CODE.matcher(code).matches() && Currency.getInstance(code).getDefaultFractionDigits() >= 0) {
                return code;
            }
        } catch (IllegalArgumentException e) {
            // refused below like any other code that is not a currency
        }
        throw ProblemException.invalidParameter("currency", "currency must be an ISO 4217 code such as SEK, not '" + value + "'");
    }
}
