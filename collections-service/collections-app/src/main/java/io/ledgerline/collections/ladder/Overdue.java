package io.ledgerline.collections.ladder;

import io.ledgerline.collections.api.v1.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a customer has overdue on a business date, one amount per currency (never summed across currencies). */
public final class Overdue {

    private Overdue() {
    }

    /** The open amounts (disputed ones included) of the items due before {@code asOf}, per currency in code order. */
    public static List<Money> of(List<OpenItem> items, LocalDate asOf) {
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        for (OpenItem item : items) {
            if (item.dueDate().isBefore(asOf) && item.open().signum() > 0) {
                byCurrency.merge(item.currency(), item.open(), BigDecimal::add);
            }
        }
        return byCurrency.entrySet().stream().map(e -> new Money(Amounts.plain(e.getValue()), e.getKey())).toList();
    }
}
