package io.ledgerline.credit.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where an invoice stands after all its movements, in business-date order: its open amount, the date
 * it was settled (the day its open amount last reached zero and stayed there; none while anything is
 * open), what payments settled net of unapplications, and what was written off.
 */
record ItemSettlement(BigDecimal openAmount, LocalDate settledOn, BigDecimal paid, BigDecimal writtenOff) {

    static ItemSettlement of(BigDecimal amount, LocalDate issueDate, List<ItemMovement> movements) {
        Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal writtenOff = BigDecimal.ZERO;
        for (ItemMovement m : movements) {
            byDay.merge(m.effectiveOn(), m.amount(), BigDecimal::add);
            switch (m.kind()) {
                case APPLIED, UNAPPLIED -> paid = paid.subtract(m.amount());
                case WRITTEN_OFF -> writtenOff = writtenOff.subtract(m.amount());
                default -> {
                    // credits and debits change what is asked, not what was paid
                }
            }
        }
        BigDecimal open = amount;
        LocalDate settledOn = amount.signum() <= 0 ? issueDate : null;
        for (Map.Entry<LocalDate, BigDecimal> day : byDay.entrySet()) {
            open = open.add(day.getValue());
            if (open.signum() > 0) {
                settledOn = null;
            } else if (settledOn == null) {
                settledOn = day.getKey();
            }
        }
        return new ItemSettlement(open, settledOn, paid, writtenOff);
    }
}
