package io.ledgerline.collections.ladder;

import io.ledgerline.collections.api.v1.DunningStep;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A step an item reaches on a business date: its own day is {@code stepDate} (the item's due date plus the step's
 * offset); {@code late} when that day is before the business date. {@code amountDunned} is the item's dunnable amount.
 */
public record StepDue(OpenItem item, DunningStep step, LocalDate stepDate, boolean late) {

    public BigDecimal amountDunned() {
        return item.dunnable();
    }
}
