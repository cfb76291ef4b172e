package io.ledgerline.collections.attribution;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment applied to one item: {@code paymentId} is the receivables movement's envelope id, {@code amount} what it took
 * off the item (positive), {@code paidOn} its business date.
 */
public record Payment(String paymentId, String invoiceId, String invoiceNumber, BigDecimal amount, String currency, LocalDate paidOn) {
}
