package io.ledgerline.reporting.rollrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.reporting.aging.AgingBuckets;
import io.ledgerline.reporting.rollrate.RollRateMatrix.Flow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollRateMatrixTest {

    private static final List<String> LABELS = AgingBuckets.parse("30").labels();

    /**
     * Two lines of the 1-30 row (index 1) of a matrix with current, 1-30 and 30+, in amounts finer than the cent: 120.0099
     * of which 100.005 stayed in 1-30 and 20.0049 was settled (all paid), and 50.0049 that rolled to 30+ as 50.005 (0.0001
     * more). Exact sums first, then one half-even rounding per cell: start 170.0148 = 170.01, stayed 100.005 = 100.00,
     * rolled 50.005 = 50.00, settled 20.00, increase 0.00; roll 50.00 / 170.01 = 0.2941, settled 20.00 / 170.01 = 0.1176.
     * (Cells rounded one by one may miss the rounded balance by a cent, as here, only with such sub-cent amounts.)
     */
    @Test
    void adds_up_exactly_and_rounds_each_cell_once() {
        RollRateMatrix matrix = new RollRateMatrix(LABELS);
        matrix.add(new Flow(1, 1, new BigDecimal("120.0099"), new BigDecimal("100.005"), BigDecimal.ZERO, new BigDecimal("20.0049"),
                new BigDecimal("20.0049")));
        matrix.add(new Flow(1, 2, new BigDecimal("50.0049"), new BigDecimal("50.005"), new BigDecimal("0.0001"), BigDecimal.ZERO,
                BigDecimal.ZERO));

        RollRateReport.Row row = matrix.rows("USD").get(1);

        assertThat(row.from()).isEqualTo("1-30");
        assertThat(row.startBalance()).isEqualTo("170.01");
        assertThat(row.increase()).isEqualTo("0.00");
        assertThat(row.to()).containsExactly(Map.entry("current", "0.00"), Map.entry("1-30", "100.00"), Map.entry("30+", "50.00"),
                Map.entry("settled", "20.00"));
        assertThat(row.settledBy()).containsExactly(Map.entry("paid", "20.00"), Map.entry("creditedOrWrittenOff", "0.00"));
        assertThat(row.rollRate()).isEqualTo("0.2941");
        assertThat(row.settledRate()).isEqualTo("0.1176");
    }

    @Test
    void shows_every_row_and_no_rate_without_a_balance_to_measure() {
        RollRateMatrix matrix = new RollRateMatrix(LABELS);
        matrix.add(new Flow(Flow.REOPENED_ROW, 0, BigDecimal.ZERO, new BigDecimal("5000"), new BigDecimal("5000"),
                BigDecimal.ZERO, BigDecimal.ZERO));

        List<RollRateReport.Row> rows = matrix.rows("JPY");

        assertThat(rows).extracting(RollRateReport.Row::from).containsExactly("current", "1-30", "30+", "new", "reopened");
        assertThat(rows.get(0).startBalance()).isEqualTo("0");
        assertThat(rows.get(0).rollRate()).isNull();
        assertThat(rows.get(3).settledRate()).as("nothing issued").isNull();
        assertThat(rows.get(4).increase()).isEqualTo("5000");
        assertThat(rows.get(4).to()).containsEntry("current", "5000");
        assertThat(rows.get(4).rollRate()).isNull();
        assertThat(rows.get(4).settledRate()).isNull();
    }

    /**
     * A new row: 300.00 issued and still current, 100.00 issued of which 40.00 paid and 60.00 in 1-30, and a credit of
     * 10.00 on a third, 10.00 invoice; issued 410.00, settled 50.00 of which 40.00 paid; settled rate 50 / 410 = 0.1220.
     */
    @Test
    void measures_what_was_issued_in_the_month_against_what_of_it_was_settled() {
        RollRateMatrix matrix = new RollRateMatrix(LABELS);
        matrix.add(new Flow(Flow.NEW_ROW, 0, new BigDecimal("300.00"), new BigDecimal("300.00"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO));
        matrix.add(new Flow(Flow.NEW_ROW, 1, new BigDecimal("100.00"), new BigDecimal("60.00"), BigDecimal.ZERO,
                new BigDecimal("40.00"), new BigDecimal("40.00")));
        matrix.add(new Flow(Flow.NEW_ROW, null, new BigDecimal("10.00"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("10.00"),
                BigDecimal.ZERO));

        RollRateReport.Row row = matrix.rows("EUR").get(3);

        assertThat(row.startBalance()).isEqualTo("0.00");
        assertThat(row.issued()).isEqualTo("410.00");
        assertThat(row.to()).containsExactly(Map.entry("current", "300.00"), Map.entry("1-30", "60.00"), Map.entry("30+", "0.00"),
                Map.entry("settled", "50.00"));
        assertThat(row.settledBy()).containsExactly(Map.entry("paid", "40.00"), Map.entry("creditedOrWrittenOff", "10.00"));
        assertThat(row.rollRate()).isNull();
        assertThat(row.settledRate()).isEqualTo("0.1220");
    }
}
