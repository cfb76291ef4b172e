package io.ledgerline.reporting.credit;

import io.ledgerline.platform.eventing.projection.ProjectionReads;
import io.ledgerline.reporting.metrics.MinorUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists credit alerts with their customers' current dimensions, joined at read time (an alert whose customer arrives
 * later gets its region as soon as it does). Counts and the page are read in one transaction, so they agree.
 */
@ApplicationScoped
public class FindCreditAlerts {

    private static final String ALERTS = """
            FROM credit_alert a
            LEFT JOIN customer_dimension c ON c.customer_id = a.customer_id
            WHERE a.alert_on BETWEEN ? AND ? AND (CAST(? AS varchar) IS NULL OR a.kind = ?)
            """;

    private static final String COUNTS = """
            count(*) FILTER (WHERE a.kind = 'DOWNGRADE') AS downgrades,
            count(*) FILTER (WHERE a.kind = 'INSURANCE_REFERRAL') AS referrals,
            count(DISTINCT a.customer_id) AS customers
            """;

    private static final String TOTALS = "SELECT " + COUNTS + ALERTS;

    /** {@code %1$s} is an {@link AlertGroupBy#expression()}, never user text; keys sort by code point, '(none)' first. */
    private static final String GROUPS = "SELECT %1$s AS key, " + COUNTS + ALERTS + "GROUP BY 1 ORDER BY (%1$s) COLLATE \"C\"";

    private static final String PAGE = """
            SELECT a.event_id, a.kind, a.alert_on, a.customer_id, c.legal_name, c.region, c.customer_type, c.sales_owner,
                   a.assessment_id, a.grade, a.score, a.from_grade, a.from_score, a.trigger, a.below_score
            """ + ALERTS + """
            ORDER BY a.alert_on DESC, a.recorded_at DESC, a.event_id
            LIMIT ? OFFSET ?""";

    private static final String EXPOSURE = """
            SELECT event_id, currency, amount FROM credit_alert_exposure WHERE event_id = ANY (?) ORDER BY event_id, currency""";

    @Inject
    ProjectionReads reads;

    public CreditAlerts find(AlertsRequest request) {
        try (Connection c = reads.connection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                CreditAlerts alerts = read(c, request);
                c.commit();
                return alerts;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the credit read model", e);
        }
    }

    private static CreditAlerts read(Connection c, AlertsRequest request) throws SQLException {
        CreditAlerts.Counts totals = totals(c, request);
        List<CreditAlerts.Group> groups = request.groupBy() == null ? null : groups(c, request);
        long count = totals.downgrades() + totals.insuranceReferrals();
        List<Row> rows = page(c, request);
        Map<String, List<CreditAlerts.Amount>> exposures = exposures(c, rows);
        List<CreditAlerts.Item> items = rows.stream().map(row -> row.item(exposures.get(row.eventId))).toList();
        return new CreditAlerts(request.period().from(), request.period().to(),
                request.kind() == null ? null : request.kind().name(),
                request.groupBy() == null ? null : request.groupBy().parameter(), totals, groups, request.page(), request.size(),
                count, (count + request.size() - 1) / request.size(), items);
    }

    private static CreditAlerts.Counts totals(Connection c, AlertsRequest request) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(TOTALS)) {
            bind(s, request);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new CreditAlerts.Counts(rs.getLong("downgrades"), rs.getLong("referrals"), rs.getLong("customers"));
            }
        }
    }

    private static List<CreditAlerts.Group> groups(Connection c, AlertsRequest request) throws SQLException {
        List<CreditAlerts.Group> groups = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(GROUPS.formatted(request.groupBy().expression()))) {
            bind(s, request);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    groups.add(new CreditAlerts.Group(rs.getString("key"), rs.getLong("downgrades"), rs.getLong("referrals"),
                            rs.getLong("customers")));
                }
            }
        }
        return groups;
    }

    private static List<Row> page(Connection c, AlertsRequest request) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(PAGE)) {
            bind(s, request);
            s.setInt(5, request.size());
            s.setLong(6, request.offset());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString("event_id"), new CreditAlerts.Item(rs.getString("kind"),
                            rs.getDate("alert_on").toLocalDate(), rs.getString("customer_id"), rs.getString("legal_name"),
                            rs.getString("region"), rs.getString("customer_type"), rs.getString("sales_owner"),
                            rs.getString("assessment_id"), rs.getString("grade"), (Integer) rs.getObject("score"),
                            rs.getString("from_grade"), (Integer) rs.getObject("from_score"), rs.getString("trigger"),
                            (Integer) rs.getObject("below_score"), null)));
                }
            }
        }
        return rows;
    }

    private static Map<String, List<CreditAlerts.Amount>> exposures(Connection c, List<Row> rows) throws SQLException {
        Map<String, List<CreditAlerts.Amount>> exposures = new HashMap<>();
        List<String> referrals = rows.stream().filter(r -> AlertKind.INSURANCE_REFERRAL.name().equals(r.item.kind()))
                .map(Row::eventId).toList();
        for (String referral : referrals) {
            exposures.put(referral, new ArrayList<>());
        }
        if (referrals.isEmpty()) {
            return exposures;
        }
        try (PreparedStatement s = c.prepareStatement(EXPOSURE)) {
            s.setArray(1, c.createArrayOf("varchar", referrals.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String currency = rs.getString("currency");
                    exposures.get(rs.getString("event_id")).add(
                            new CreditAlerts.Amount(MinorUnit.format(rs.getBigDecimal("amount"), currency), currency));
                }
            }
        }
        return exposures;
    }

    private static void bind(PreparedStatement s, AlertsRequest request) throws SQLException {
        s.setDate(1, Date.valueOf(request.period().from()));
        s.setDate(2, Date.valueOf(request.period().to()));
        String kind = request.kind() == null ? null : request.kind().name();
        s.setString(3, kind);
        s.setString(4, kind);
    }

    /** A page row with its event id, to attach a referral's exposure to. */
    private record Row(String eventId, CreditAlerts.Item item) {

        CreditAlerts.Item item(List<CreditAlerts.Amount> exposure) {
            return exposure == null ? item : new CreditAlerts.Item(item.kind(), item.on(), item.customerId(), item.legalName(),
                    item.region(), item.customerType(), item.salesOwner(), item.assessmentId(), item.grade(), item.score(),
                    item.fromGrade(), item.fromScore(), item.trigger(), item.belowScore(), List.copyOf(exposure));
        }
    }
}
