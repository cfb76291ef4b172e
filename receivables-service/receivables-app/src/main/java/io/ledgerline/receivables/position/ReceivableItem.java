package io.ledgerline.receivables.position;

import io.ledgerline.receivables.money.Money;
import java.time.LocalDate;

/** A receivable as cash application sees it: how much is open and how much of that is disputed. */
public record ReceivableItem(String invoiceId, String invoiceNumber, LocalDate issueDate, LocalDate dueDate,
                             Money open, Money disputed) {

    /** What is open and not disputed: all that automatic matching may settle. */
    public Money undisputedOpen() {
        Money undisputed = open.minus(disputed.min(open));
        return undisputed.isPositive() ? undisputed : Money.zero(open.currency());
    }
}
