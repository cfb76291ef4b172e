package io.ledgerline.reporting.attribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the payments in one currency paid from {@code from} to {@code to} collected, per kind of touch they followed
 * ({@code byTouch}: a payment counts under every kind it followed, so shares may add up to more than 1) and per kind of
 * their last touch ({@code byLastTouch}: each payment once); {@code NONE} for payments that followed no touch.
 */
public record AttributionReport(String currency, LocalDate from, LocalDate to, long payments, String collected, List<Row> byTouch,
                                List<Row> byLastTouch) {

    /**
     * {@code payments} and what they {@code collected} (a decimal string in the currency's minor unit), their {@code share}
     * of all collected (4 decimals; null when nothing was), and the median days from the latest touch of the kind to the
     * payment (null for {@code NONE}).
     */
    public record Row(String kind, long payments, String collected, BigDecimal share, Double medianDaysFromLastTouch) {
    }
}
