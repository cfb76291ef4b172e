package io.ledgerline.reporting.rollrate;

import io.ledgerline.reporting.metrics.MinorUnit;
import io.ledgerline.reporting.metrics.ReceivableMetrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One month's roll-rate matrix of one currency (and key), added up exactly from the query's flows and rounded once per
 * cell when shown. Rows are the start buckets in order, then {@value #NEW} and {@value #REOPENED}; every row is shown, also
 * when nothing was in it. A row's {@code to} cells always add up to its start balance plus what was issued plus its
 * increase, because each item's flow does (see {@link Flow}).
 */
final class RollRateMatrix {

    static final String NEW = "new";
    static final String REOPENED = "reopened";
    static final String SETTLED = "settled";
    static final String PAID = "paid";
    static final String CREDITED_OR_WRITTEN_OFF = "creditedOrWrittenOff";

    private final List<String> labels;
    private final Line[] lines;

    RollRateMatrix(List<String> labels) {
        this.labels = labels;
        this.lines = new Line[labels.size() + 2];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = new Line(labels.size());
        }
    }

    /**
     * What some items of one row did in the month, added up.
     *
     * @param row       the start bucket's index in the labels, or {@link #NEW_ROW} or {@link #REOPENED_ROW}
     * @param endBucket the end bucket's index; null when nothing of them was open at the end
     * @param base      their open amount at the start (start buckets), their issued amount (new), 0 (reopened)
     * @param endOpen   their open amount at the end
     * @param increase  how much more than {@code base} is open at the end, item by item
     * @param settled   how much less than {@code base} is open at the end, item by item
     * @param paid      the part of {@code settled} paid: at most the cash applied (less unapplied) in the month
     */
    record Flow(int row, Integer endBucket, BigDecimal base, BigDecimal endOpen, BigDecimal increase, BigDecimal settled,
                BigDecimal paid) {

        static final int NEW_ROW = -1;
        static final int REOPENED_ROW = -2;
    }

    void add(Flow flow) {
        Line line = lines[switch (flow.row()) {
            case Flow.NEW_ROW -> labels.size();
            case Flow.REOPENED_ROW -> labels.size() + 1;
            default -> flow.row();
        }];
        line.base = line.base.add(flow.base());
        line.increase = line.increase.add(flow.increase());
        line.settled = line.settled.add(flow.settled());
        line.paid = line.paid.add(flow.paid());
        if (flow.endBucket() != null) {
            line.to[flow.endBucket()] = line.to[flow.endBucket()].add(flow.endOpen());
        }
    }

    /** Every row, amounts in the currency's minor unit; rates from the amounts as shown, so a reader can redo them. */
    List<RollRateReport.Row> rows(String currency) {
        List<RollRateReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Line line = lines[i];
            BigDecimal base = MinorUnit.round(line.base, currency);
            BigDecimal settled = MinorUnit.round(line.settled, currency);
            BigDecimal paid = MinorUnit.round(line.paid, currency);
            BigDecimal[] to = Arrays.stream(line.to).map(a -> MinorUnit.round(a, currency)).toArray(BigDecimal[]::new);
            Map<String, String> cells = new LinkedHashMap<>();
            for (int j = 0; j < labels.size(); j++) {
                cells.put(labels.get(j), to[j].toPlainString());
            }
            cells.put(SETTLED, settled.toPlainString());
            Map<String, String> settledBy = new LinkedHashMap<>();
            settledBy.put(PAID, paid.toPlainString());
            settledBy.put(CREDITED_OR_WRITTEN_OFF, settled.subtract(paid).toPlainString());
            String increase = MinorUnit.format(line.increase, currency);
            String zero = MinorUnit.format(BigDecimal.ZERO, currency);
            if (i < labels.size()) {
                BigDecimal worse = Arrays.stream(to, i + 1, to.length).reduce(BigDecimal.ZERO, BigDecimal::add);
                rows.add(new RollRateReport.Row(labels.get(i), base.toPlainString(), zero, increase, cells, settledBy,
                        text(ReceivableMetrics.ratio(worse, base)), text(ReceivableMetrics.ratio(settled, base))));
            } else if (i == labels.size()) {
                rows.add(new RollRateReport.Row(NEW, zero, base.toPlainString(), increase, cells, settledBy, null,
                        text(ReceivableMetrics.ratio(settled, base))));
            } else {
                rows.add(new RollRateReport.Row(REOPENED, zero, zero, increase, cells, settledBy, null, null));
            }
        }
        return rows;
    }

    private static String text(BigDecimal rate) {
        return rate == null ? null : rate.toPlainString();
    }

    /** Exact running sums of one row. */
    private static final class Line {
        private BigDecimal base = BigDecimal.ZERO;
        private BigDecimal increase = BigDecimal.ZERO;
        private BigDecimal settled = BigDecimal.ZERO;
        private BigDecimal paid = BigDecimal.ZERO;
        private final BigDecimal[] to;

        private Line(int buckets) {
            to = new BigDecimal[buckets];
            Arrays.fill(to, BigDecimal.ZERO);
        }
    }
}
