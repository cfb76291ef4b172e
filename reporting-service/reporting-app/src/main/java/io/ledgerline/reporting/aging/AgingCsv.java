package io.ledgerline.reporting.aging;

import java.util.ArrayList;
import java.util.List;

/**
 * Aging views as RFC 4180 CSV: a header row, one line per report row or item, CRLF line ends, amounts as
 * plain decimals in the currency's minor unit, a field quoted (quotes doubled) when it holds a comma, a
 * quote or a line break.
 */
public final class AgingCsv {

    public static final String MEDIA_TYPE = "text/csv";

    private AgingCsv() {
    }

    /** {@code key,currency,<one column per bucket>,total,disputed}; per-currency totals stay in the JSON. */
    static String report(AgingReport report) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("key", "currency"));
        header.addAll(report.buckets());
        header.addAll(List.of("total", "disputed"));
        line(csv, header);
        for (AgingReport.Row row : report.rows()) {
            List<String> fields = new ArrayList<>(List.of(row.key(), row.currency()));
            report.buckets().forEach(bucket -> fields.add(row.amounts().get(bucket)));
            fields.addAll(List.of(row.total(), row.disputed()));
            line(csv, fields);
        }
        return csv.toString();
    }

    /** The page's items, in the JSON's field order. */
    static String items(AgingItems page) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.of("invoiceId", "invoiceNumber", "customerId", "itemType", "currency", "issueDate", "dueDate",
                "daysPastDue", "daysSinceIssue", "amount", "open", "disputed", "bucket"));
        for (AgingItems.Item item : page.items()) {
            line(csv, List.of(item.invoiceId(), item.invoiceNumber(), item.customerId(), item.itemType(), item.currency(),
                    item.issueDate().toString(), item.dueDate().toString(), String.valueOf(item.daysPastDue()),
                    String.valueOf(item.daysSinceIssue()), item.amount(), item.open(), item.disputed(), item.bucket()));
        }
        return csv.toString();
    }

    /** Appends one CSV line of {@code fields} (null as an empty field), quoted where needed, ending in CRLF. */
    public static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
