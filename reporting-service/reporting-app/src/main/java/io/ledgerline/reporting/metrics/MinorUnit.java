package io.ledgerline.reporting.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** How reporting shows money: a decimal string in the currency's ISO 4217 minor unit, rounded half even once. */
public final class MinorUnit {

    private MinorUnit() {
    }

    /** e.g. {@code 12500} in USD is {@code "12500.00"}; codes without a minor unit keep the stored scale. */
    public static String format(BigDecimal amount, String currency) {
        return round(amount, currency).toPlainString();
    }

    public static BigDecimal round(BigDecimal amount, String currency) {
        int scale = scaleOf(currency);
        return scale < 0 ? amount : amount.setScale(scale, RoundingMode.HALF_EVEN);
    }

    private static int scaleOf(String currency) {
        try {
            return Currency.getInstance(currency.trim()).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
