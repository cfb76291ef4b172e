package io.ledgerline.reporting.aging;

import io.ledgerline.platform.eventing.projection.ProjectionReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drills from a cell of the aging report down to its items. It reads the very rows {@link FindAging}
 * groups (the same {@link FindAging#AGED} query, narrowed to one key, currency and bucket), so a cell and
 * its items cannot disagree; PostgreSQL sorts and pages them.
 */
@ApplicationScoped
public class FindAgingItems {

    private static final String CELL = """
            WHERE currency = ? AND (CAST(? AS varchar) IS NULL OR key = ?) AND (CAST(? AS integer) < 0 OR bucket = ?)
            """;

    /** Per key and bucket, so the sums round exactly where the report rounds. */
    private static final String SUMS = FindAging.AGED + """
            SELECT key, bucket, count(*) AS items, sum(open_amount) AS open_amount, sum(disputed_open) AS disputed
            FROM aged
            """ + CELL + """
            GROUP BY key, bucket""";

    private static final String PAGE = FindAging.AGED + """
            SELECT a.invoice_id, a.invoice_number, a.customer_id, a.item_type, a.issue_date, a.due_date, a.amount, a.open_amount,
                   a.disputed_open, a.bucket, p.as_of - a.due_date AS days_past_due, p.as_of - a.issue_date AS days_since_issue
            FROM aged a
            CROSS JOIN p
            """ + CELL + """
            ORDER BY days DESC, invoice_number, invoice_id
            LIMIT ? OFFSET ?""";

    @Inject
    ProjectionReads reads;

    public AgingItems find(AgingItemsRequest request) {
        AgingRequest report = request.report();
        List<String> labels = report.buckets().labels();
        String currency = request.currency();
        try (Connection c = reads.connection()) {
            long count = 0;
            BigDecimal open = BigDecimal.ZERO;
            Map<String, BigDecimal> disputedByKey = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(FindAging.sql(SUMS, report))) {
                bind(c, s, request);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        count += rs.getLong("items");
                        open = open.add(FindAging.inCurrencyScale(rs.getBigDecimal("open_amount"), currency));
                        disputedByKey.merge(rs.getString("key"), rs.getBigDecimal("disputed"), BigDecimal::add);
                    }
                }
            }
            BigDecimal disputed = disputedByKey.values().stream().map(d -> FindAging.inCurrencyScale(d, currency))
                    .reduce(FindAging.inCurrencyScale(BigDecimal.ZERO, currency), BigDecimal::add);
            List<AgingItems.Item> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(FindAging.sql(PAGE, report))) {
                bind(c, s, request);
                s.setInt(10, request.size());
                s.setLong(11, request.offset());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(new AgingItems.Item(rs.getString("invoice_id"), rs.getString("invoice_number"),
                                rs.getString("customer_id"), rs.getString("item_type"), currency,
                                rs.getDate("issue_date").toLocalDate(), rs.getDate("due_date").toLocalDate(),
                                rs.getInt("days_past_due"), rs.getInt("days_since_issue"),
                                FindAging.inCurrencyScale(rs.getBigDecimal("amount"), currency).toPlainString(),
                                FindAging.inCurrencyScale(rs.getBigDecimal("open_amount"), currency).toPlainString(),
                                FindAging.inCurrencyScale(rs.getBigDecimal("disputed_open"), currency).toPlainString(),
                                labels.get(rs.getInt("bucket"))));
                    }
                }
            }
            return new AgingItems(report.asOf(), report.knownAt(), report.basis().parameter(), report.groupBy().parameter(),
                    request.key(), currency, request.bucket(), FindAging.inCurrencyScale(open, currency).toPlainString(),
                    disputed.toPlainString(),
                    request.page(), request.size(), count, (count + request.size() - 1) / request.size(), items);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the aging read model", e);
        }
    }

    /** {@link FindAging#AGED}'s parameters, then the cell's (5 to 9). */
    private static void bind(Connection c, PreparedStatement s, AgingItemsRequest request) throws SQLException {
        FindAging.bind(c, s, request.report());
        s.setString(5, request.currency());
        s.setString(6, request.key());
        s.setString(7, request.key());
        s.setInt(8, request.bucketIndex());
        s.setInt(9, request.bucketIndex());
    }

}
