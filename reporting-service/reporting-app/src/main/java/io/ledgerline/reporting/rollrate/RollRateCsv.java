package io.ledgerline.reporting.rollrate;

import io.ledgerline.reporting.aging.AgingCsv;
import java.util.ArrayList;
import java.util.List;

/**
 * A roll-rate report as CSV, written like the aging CSV: a header row, then one line per matrix row, month by month; the
 * currency's own rows have an empty {@code key}, each group's rows follow with theirs.
 */
final class RollRateCsv {

    private RollRateCsv() {
    }

    /** {@code month,start,end,key,from,startBalance,issued,increase,<end buckets>,settled,paid,creditedOrWrittenOff,rollRate,settledRate}. */
    static String report(RollRateReport report) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("month", "start", "end", "key", "from", "startBalance", "issued", "increase"));
        header.addAll(report.buckets());
        header.addAll(List.of(RollRateMatrix.SETTLED, RollRateMatrix.PAID, RollRateMatrix.CREDITED_OR_WRITTEN_OFF, "rollRate",
                "settledRate"));
        AgingCsv.line(csv, header);
        for (RollRateReport.Month month : report.months()) {
            lines(csv, report, month, "", month.rows());
            if (month.groups() != null) {
                month.groups().forEach(group -> lines(csv, report, month, group.key(), group.rows()));
            }
        }
        return csv.toString();
    }

    private static void lines(StringBuilder csv, RollRateReport report, RollRateReport.Month month, String key,
                              List<RollRateReport.Row> rows) {
        for (RollRateReport.Row row : rows) {
            List<String> fields = new ArrayList<>(List.of(month.month(), month.start().toString(), month.end().toString(), key,
                    row.from(), row.startBalance(), row.issued(), row.increase()));
            report.buckets().forEach(bucket -> fields.add(row.to().get(bucket)));
            fields.add(row.to().get(RollRateMatrix.SETTLED));
            fields.add(row.settledBy().get(RollRateMatrix.PAID));
            fields.add(row.settledBy().get(RollRateMatrix.CREDITED_OR_WRITTEN_OFF));
            fields.add(row.rollRate());
            fields.add(row.settledRate());
            AgingCsv.line(csv, fields);
        }
    }
}
