package io.ledgerline.credit.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A factor's input as found in the facts: a number or a category, with the facts it was derived from
 * ({@code used}), or the reason it is missing.
 */
public record Resolution(BigDecimal number, String category, Map<String, String> used, String missingReason) {

    public Resolution {
        used = used == null ? Map.of() : Map.copyOf(used);
    }

    static Resolution number(BigDecimal value, Map<String, String> used) {
        return new Resolution(value, null, used, null);
    }

    static Resolution category(String value, Map<String, String> used) {
        return new Resolution(null, value, used, null);
    }

    static Resolution missing(String reason) {
        return new Resolution(null, null, Map.of(), reason);
    }

    public boolean isMissing() {
        return missingReason != null;
    }
}
