package io.ledgerline.reporting.attribution;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One attributed payment as the report reads it: what it collected, the kind of its last touch (null: none) and, per kind
 * of touch it followed, the days from the latest touch of that kind to the payment.
 */
record AttributedPayment(String paymentId, BigDecimal amount, String lastTouch, Map<String, Integer> daysFromLatestOfKind) {

    AttributedPayment {
        daysFromLatestOfKind = Map.copyOf(daysFromLatestOfKind);
    }

    /** Days from the last touch to the payment; null without touches. */
    Integer daysFromLastTouch() {
        return lastTouch == null ? null : daysFromLatestOfKind.get(lastTouch);
    }
}
