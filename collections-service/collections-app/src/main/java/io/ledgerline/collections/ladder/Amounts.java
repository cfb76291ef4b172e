package io.ledgerline.collections.ladder;

import java.math.BigDecimal;

/** How amounts leave the service: at least two decimals, no trailing zeros beyond them ({@code 12500.00}, {@code 0.125}). */
public final class Amounts {

    private Amounts() {
    }

    public static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
