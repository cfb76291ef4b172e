package io.ledgerline.collections.ladder;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One receivable of a customer as the ladder sees it on a business date: what is {@code open} on it and how much of that
 * is {@code disputed}, in its currency, and the arrangement that pauses its ladder then ({@code pause}; null: none).
 */
public record OpenItem(String invoiceId, String invoiceNumber, LocalDate dueDate, String currency, BigDecimal open,
                       BigDecimal disputed, Pause pause) {

    /** What an arrangement with the customer can pause an item's ladder for. */
    public enum Pause {
        /** A promise to pay runs (or was kept) until its date plus tolerance. */
        PROMISE,
        /** An agreed payment plan is being met. */
        PLAN
    }

    /** An item no arrangement pauses. */
    public OpenItem(String invoiceId, String invoiceNumber, LocalDate dueDate, String currency, BigDecimal open, BigDecimal disputed) {
        this(invoiceId, invoiceNumber, dueDate, currency, open, disputed, null);
    }

    /** What may be dunned: open and not disputed, never below zero. */
    public BigDecimal dunnable() {
        BigDecimal rest = open.subtract(disputed);
        return rest.signum() < 0 ? BigDecimal.ZERO : rest;
    }

    /** The item with its ladder paused by {@code pause} (null: running). */
    public OpenItem pausedBy(Pause by) {
        return new OpenItem(invoiceId, invoiceNumber, dueDate, currency, open, disputed, by);
    }
}
