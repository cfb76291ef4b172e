package io.ledgerline.collections.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.collections.ladder.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queue's priority computed by hand: overdue x oldest days overdue x grade weight, per currency. */
class QueuePriorityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static OpenItem item(String id, LocalDate due, String currency, String open, String disputed) {
        return new OpenItem(id, "N-" + id, due, currency, new BigDecimal(open), new BigDecimal(disputed));
    }

    @Test
    void weights_grades_a_1_b_1_5_c_2_d_3_and_no_grade_2() {
        assertThat(QueuePriority.weight("A")).isEqualByComparingTo("1");
        assertThat(QueuePriority.weight("B")).isEqualByComparingTo("1.5");
        assertThat(QueuePriority.weight("C")).isEqualByComparingTo("2");
        assertThat(QueuePriority.weight("D")).isEqualByComparingTo("3");
        assertThat(QueuePriority.weight(null)).isEqualByComparingTo("2");
    }

    @Test
    void multiplies_undisputed_overdue_in_the_currency_by_the_oldest_days_overdue_and_the_weight() {
        // CNY: 1000.00 due 02-13 (30 days) + 500.00 - 200.00 disputed due 03-05 (10 days) = 1300.00 x 30 x 1.5 = 58500.00;
        // the USD item and the CNY item not yet due do not count
        List<OpenItem> items = List.of(item("1", LocalDate.of(2026, 2, 13), "CNY", "1000.00", "0"),
                item("2", LocalDate.of(2026, 3, 5), "CNY", "500.00", "200.00"),
                item("3", LocalDate.of(2026, 1, 1), "USD", "9000.00", "0"),
                item("4", LocalDate.of(2026, 3, 15), "CNY", "7000.00", "0"));
        QueuePriority.Standing standing = QueuePriority.of(items, TODAY, "CNY", "B").orElseThrow();
        assertThat(standing.overdue()).isEqualByComparingTo("1300.00");
        assertThat(standing.oldestDaysOverdue()).isEqualTo(30);
        assertThat(standing.priority()).isEqualByComparingTo("58500.00");
    }

    @Test
    void nothing_overdue_in_the_currency_or_only_disputed_gives_no_standing() {
        List<OpenItem> items = List.of(item("1", LocalDate.of(2026, 2, 13), "CNY", "1000.00", "1000.00"),
                item("2", LocalDate.of(2026, 1, 1), "USD", "10.00", "0"));
        assertThat(QueuePriority.of(items, TODAY, "CNY", "A")).isEmpty();
        assertThat(QueuePriority.of(items, TODAY, "USD", "D").orElseThrow().priority()).isEqualByComparingTo("2190.00"); // 10 x 73 days (01-01 to 03-15) x 3
    }
}
