package io.ledgerline.collections.casework;

import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.credit.CustomerGrades;
import io.ledgerline.collections.customer.CustomerDimensions;
import io.ledgerline.collections.ladder.Amounts;
import io.ledgerline.collections.ladder.OpenItem;
import io.ledgerline.collections.receivables.CustomerItems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The open cases with something overdue in a currency, highest {@link QueuePriority} first. */
@ApplicationScoped
public class CollectorQueue {

    /** One page of the queue and how many rows it has in all. */
    public record Page(String currency, LocalDate asOf, int page, int size, int total, List<QueueRow> rows) {
    }

    @Inject
    CaseReads cases;

    @Inject
    CustomerItems items;

    @Inject
    CustomerGrades grades;

    @Inject
    CustomerDimensions dimensions;

    public Page page(String owner, String currency, LocalDate today, int page, int size) {
        List<QueueRow> rows = new ArrayList<>();
        for (CaseReads.OpenCase open : cases.openCases(owner)) {
            List<OpenItem> openItems = items.openOn(open.customerId(), today);
            String grade = grades.gradeOn(open.customerId(), today).orElse(null);
            QueuePriority.of(openItems, today, currency, grade).ifPresent(standing -> rows.add(new QueueRow(open.customerId(),
                    dimensions.find(open.customerId()).map(CustomerDimensions.Dimensions::legalName).orElse(null), open.caseId(),
                    open.owner(), open.level(), grade, standing.weight(), new Money(standing.overdue(), currency),
                    standing.oldestDaysOverdue(), standing.priority(), overdue(openItems, today), cases.tasks(open.caseId(), true))));
        }
        rows.sort(Comparator.comparing(QueueRow::priority).reversed().thenComparing(QueueRow::caseId));
        int from = Math.min(rows.size(), page * size);
        return new Page(currency, today, page, size, rows.size(), rows.subList(from, Math.min(rows.size(), from + size)));
    }

    /** What is overdue and not disputed, per currency in code order. */
    private static List<Money> overdue(List<OpenItem> items, LocalDate today) {
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        for (OpenItem item : items) {
            if (item.dueDate().isBefore(today) && item.dunnable().signum() > 0) {
                byCurrency.merge(item.currency(), item.dunnable(), BigDecimal::add);
            }
        }
        return byCurrency.entrySet().stream().map(e -> new Money(Amounts.plain(e.getValue()), e.getKey())).toList();
    }
}
