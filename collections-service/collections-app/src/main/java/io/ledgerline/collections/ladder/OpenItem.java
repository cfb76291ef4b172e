package io.ledgerline.collections.ladder;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One receivable of a customer as the ladder sees it on a business date: what is {@code open} on it and how much of that
 * is {@code disputed}, in its currency.
 */
public record OpenItem(String invoiceId, String invoiceNumber, LocalDate dueDate, String currency, BigDecimal open,
                       BigDecimal disputed) {

    /** What may be dunned: open and not disputed, never below zero. */
    public BigDecimal dunnable() {
        BigDecimal rest = open.subtract(disputed);
        return rest.signum() < 0 ? BigDecimal.ZERO : rest;
    }
}
