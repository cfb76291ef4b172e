package io.ledgerline.collections.ladder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything known of one receivable, each fact with its business date: the item as issued, every movement of its open
 * amount (signed: payments, credits and write-offs negative) and every dispute. {@link #asOf} reads it as the ladder sees
 * it on a business date D: the item counts from its issue date on; movements and disputes count from the day after their
 * own business date, so what is decided on D is decided the same whenever during D the day's facts arrive.
 */
public record ItemHistory(String invoiceId, String invoiceNumber, String currency, BigDecimal amount, LocalDate issueDate,
                          LocalDate dueDate, List<Movement> movements, List<Dispute> disputes) {

    /** A dated change of the open amount. */
    public record Movement(LocalDate effectiveOn, BigDecimal amount) {
    }

    /** A disputed amount, from the day it was opened to the day it was resolved (null: still open). */
    public record Dispute(BigDecimal amount, LocalDate openedOn, LocalDate resolvedOn) {
    }

    public ItemHistory {
        movements = List.copyOf(movements);
        disputes = List.copyOf(disputes);
    }

    /** The item as the ladder sees it on {@code day}; empty before its issue date. */
    public Optional<OpenItem> asOf(LocalDate day) {
        if (issueDate.isAfter(day)) {
            return Optional.empty();
        }
        BigDecimal open = amount;
        for (Movement m : movements) {
            if (m.effectiveOn().isBefore(day)) {
                open = open.add(m.amount());
            }
        }
        BigDecimal disputed = BigDecimal.ZERO;
        for (Dispute d : disputes) {
            boolean opened = d.openedOn() != null && d.openedOn().isBefore(day);
            boolean resolved = d.resolvedOn() != null && d.resolvedOn().isBefore(day);
            if (opened && !resolved && d.amount() != null) {
                disputed = disputed.add(d.amount());
            }
        }
        return Optional.of(new OpenItem(invoiceId, invoiceNumber, dueDate, currency, open, disputed));
    }
}
