package io.ledgerline.collections.casework;

import io.ledgerline.collections.ladder.OpenItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A case's rank in the collector's queue, in one currency (amounts of different currencies are never added):
 * overdue x oldest days overdue x grade weight, where overdue is what is open and not disputed on the customer's items
 * in that currency due before today, and the weight is A 1, B 1.5, C 2, D 3, no grade (or another) 2.
 */
public final class QueuePriority {

    /** What one case stands at in the queue's currency. */
    public record Standing(BigDecimal overdue, long oldestDaysOverdue, BigDecimal weight, BigDecimal priority) {
    }

    private QueuePriority() {
    }

    public static BigDecimal weight(String grade) {
        return switch (grade == null ? "" : grade) {
            case "A" -> BigDecimal.ONE;
            case "B" -> new BigDecimal("1.5");
            case "D" -> new BigDecimal("3");
            default -> new BigDecimal("2");
        };
    }

    /** The standing of these items in {@code currency} on {@code today}; empty when nothing in it is overdue. */
    public static Optional<Standing> of(List<OpenItem> items, LocalDate today, String currency, String grade) {
        BigDecimal overdue = BigDecimal.ZERO;
        long oldest = 0;
        for (OpenItem item : items) {
            if (item.currency().equals(currency) && item.dueDate().isBefore(today) && item.dunnable().signum() > 0) {
                overdue = overdue.add(item.dunnable());
                oldest = Math.max(oldest, ChronoUnit.DAYS.between(item.dueDate(), today));
            }
        }
        if (overdue.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal weight = weight(grade);
        BigDecimal priority = overdue.multiply(BigDecimal.valueOf(oldest)).multiply(weight).setScale(2, RoundingMode.HALF_UP);
        return Optional.of(new Standing(overdue.setScale(2, RoundingMode.HALF_UP), oldest, weight, priority));
    }
}
