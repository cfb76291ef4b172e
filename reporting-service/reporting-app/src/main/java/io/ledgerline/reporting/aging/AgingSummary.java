package io.ledgerline.reporting.aging;

import io.ledgerline.reporting.customer.CustomerDimension;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Keeps {@code aging_delta} equal to open_item and item_movement summed per grouping value, currency,
 * age date and effective date (see V7__aging_summary.sql), inside the projection's transaction. An item
 * counts once its invoice is known: an invoice brings its amount and every movement that arrived before
 * it; a later movement brings itself. A movement takes effect on its own date but never before its
 * invoice's issue date, and only in its invoice's currency, exactly as {@link FindAging} counts it.
 * Month-end snapshots a delta falls into are forgotten.
 */
final class AgingSummary {

    /** Groupings summed ahead; every other aging question is answered from the items. */
    static final List<GroupBy> GROUPINGS = List.of(GroupBy.REGION, GroupBy.CUSTOMER_TYPE, GroupBy.SALES_OWNER, GroupBy.CURRENCY);

    /**
     * Spreads contributions {@code x(customer_id, currency, issue_date, due_date, effective_on, amount)}
     * over every grouping and basis, keyed with the customer's attributes in {@code aging_customer} as
     * {@link GroupBy} names them, and adds them to the deltas. {@code %s} is the contributions' SELECT.
     */
    private static final String ADD = """
            INSERT INTO aging_delta AS d (grouping, key, currency, basis, age_from, effective_on, amount)
            SELECT g.grouping, g.key, x.currency, b.basis, CASE b.basis WHEN 'D' THEN x.due_date ELSE x.issue_date END,
                   x.effective_on, sum(x.amount)
            FROM (%s) x
            LEFT JOIN aging_customer c ON c.customer_id = x.customer_id
            CROSS JOIN LATERAL (VALUES
                ('region', %s), ('customerType', %s), ('salesOwner', %s), ('currency', x.currency)) g(grouping, key)
            CROSS JOIN (VALUES ('D'), ('I')) b(basis)
            GROUP BY 1, 2, 3, 4, 5, 6
            ON CONFLICT (grouping, basis, effective_on, key, currency, age_from) DO UPDATE SET amount = d.amount + excluded.amount"""
            .formatted("%s", key("c.region"), key("c.customer_type"), key("c.sales_owner"));

    /** New invoices with the movements that arrived before them; new movements of invoices known before. */
    private static final String ARRIVED = """
            SELECT i.customer_id, i.currency, i.issue_date, i.due_date, i.issue_date AS effective_on, i.amount
            FROM open_item i WHERE i.invoice_id = ANY(?)
            UNION ALL
            SELECT i.customer_id, i.currency, i.issue_date, i.due_date, GREATEST(m.effective_on, i.issue_date), m.amount
            FROM item_movement m JOIN open_item i ON i.invoice_id = m.invoice_id AND i.currency = m.currency
            WHERE m.invoice_id = ANY(?)
            UNION ALL
            SELECT i.customer_id, i.currency, i.issue_date, i.due_date, GREATEST(m.effective_on, i.issue_date), m.amount
            FROM item_movement m JOIN open_item i ON i.invoice_id = m.invoice_id AND i.currency = m.currency
            WHERE m.event_id = ANY(?) AND NOT m.invoice_id = ANY(?)""";

    /** Everything one customer contributes, signed by {@code ?}: -1 to take it out of its old keys, 1 to add it. */
    private static final String OF_CUSTOMER = """
            SELECT i.customer_id, i.currency, i.issue_date, i.due_date, i.issue_date AS effective_on, ? * i.amount AS amount
            FROM open_item i WHERE i.customer_id = ?
            UNION ALL
            SELECT i.customer_id, i.currency, i.issue_date, i.due_date, GREATEST(m.effective_on, i.issue_date), ? * m.amount
            FROM open_item i JOIN item_movement m ON m.invoice_id = i.invoice_id AND m.currency = i.currency
            WHERE i.customer_id = ?""";

    /** Every item with every movement: what the summaries hold when they follow the items. */
    private static final String ALL = """
            SELECT i.customer_id, i.currency, i.issue_date, i.due_date, i.issue_date AS effective_on, i.amount
            FROM open_item i
            UNION ALL
            SELECT i.customer_id, i.currency, i.issue_date, i.due_date, GREATEST(m.effective_on, i.issue_date), m.amount
            FROM item_movement m JOIN open_item i ON i.invoice_id = m.invoice_id AND i.currency = m.currency""";

    private AgingSummary() {
    }

    /** Whether the summaries follow the items (see V8__aging_summary_ready.sql); not while a rebuild folds the log. */
    static boolean ready(Connection tx) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("SELECT 1 FROM aging_summary_ready");
             ResultSet rs = s.executeQuery()) {
            return rs.next();
        }
    }

    /**
     * Sums every item and movement into the summaries, and from now on they follow. The contributions, keyed
     * once with their customer's attributes, go to a temporary table; each grouping and basis is then one
     * aggregate over it, far faster than fanning every row out eightfold in one statement.
     */
    static void sumAll(Connection tx) throws SQLException {
        try (Statement s = tx.createStatement()) {
            s.execute("SET LOCAL work_mem = '256MB'");
            s.execute("DELETE FROM aging_delta");
            s.execute("DELETE FROM aging_snapshot_state");
            s.execute("""
                    CREATE TEMPORARY TABLE aging_contribution ON COMMIT DROP AS
                    SELECT %s AS region, %s AS customer_type, %s AS sales_owner, x.currency, x.currency AS currency_key,
                           x.issue_date, x.due_date, x.effective_on, x.amount
                    FROM (%s) x LEFT JOIN aging_customer c ON c.customer_id = x.customer_id"""
                    .formatted(key("c.region"), key("c.customer_type"), key("c.sales_owner"), ALL));
            for (String[] grouping : List.of(new String[] {"region", "region"}, new String[] {"customerType", "customer_type"},
                    new String[] {"salesOwner", "sales_owner"}, new String[] {"currency", "currency_key"})) {
                for (String[] basis : List.of(new String[] {"D", "due_date"}, new String[] {"I", "issue_date"})) {
                    s.execute("""
                            INSERT INTO aging_delta (grouping, key, currency, basis, age_from, effective_on, amount)
                            SELECT '%1$s', %2$s, currency, '%3$s', %4$s, effective_on, sum(amount) FROM aging_contribution
                            GROUP BY %2$s, currency, %4$s, effective_on""".formatted(grouping[0], grouping[1], basis[0], basis[1]));
                }
            }
            s.execute("INSERT INTO aging_summary_ready DEFAULT VALUES");
        }
    }

    /** Records a customer's profile unless a later one is kept already; true if it was recorded. */
    static boolean keep(Connection tx, CustomerDimension profile) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO aging_customer (customer_id, region, customer_type, sales_owner, sequence)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (customer_id) DO UPDATE
                SET region = excluded.region, customer_type = excluded.customer_type, sales_owner = excluded.sales_owner,
                    sequence = excluded.sequence
                WHERE aging_customer.sequence <= excluded.sequence""")) {
            s.setString(1, profile.customerId());
            s.setString(2, profile.region());
            s.setString(3, profile.customerType());
            s.setString(4, profile.salesOwner());
            s.setLong(5, profile.sequence());
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Adds what the invoices and movements just inserted (each for the first time) bring; {@code earliest}
     * is on or before every date they take effect on.
     */
    static void arrived(Connection tx, Collection<String> newInvoices, Collection<String> newMovements, LocalDate earliest)
            throws SQLException {
        if (newInvoices.isEmpty() && newMovements.isEmpty()) {
            return;
        }
        try (PreparedStatement s = tx.prepareStatement(ADD.formatted(ARRIVED))) {
            Array invoices = tx.createArrayOf("varchar", newInvoices.toArray());
            s.setArray(1, invoices);
            s.setArray(2, invoices);
            s.setArray(3, tx.createArrayOf("varchar", newMovements.toArray()));
            s.setArray(4, invoices);
            s.executeUpdate();
        }
        forgetSnapshotsFrom(tx, earliest);
    }

    /**
     * Records a customer's profile unless a later one is already kept, and moves what the customer's items
     * contribute from the keys of its previous profile (or {@code (unknown)}) to those of the new one.
     */
    static void customer(Connection tx, CustomerDimension profile) throws SQLException {
        String id = profile.customerId();
        try (PreparedStatement s = tx.prepareStatement("SELECT 1 FROM aging_customer WHERE customer_id = ? AND sequence > ?")) {
            s.setString(1, id);
            s.setLong(2, profile.sequence());
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return; // a later profile is kept already
                }
            }
        }
        LocalDate earliest = earliestItem(tx, id);
        if (earliest != null) {
            contribute(tx, id, -1);
        }
        keep(tx, profile);
        if (earliest != null) {
            contribute(tx, id, 1);
            forgetSnapshotsFrom(tx, earliest);
        }
    }

    /** The issue date of the customer's first item; null while it has none. */
    private static LocalDate earliestItem(Connection tx, String customerId) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("SELECT min(issue_date) FROM open_item WHERE customer_id = ?")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                Date earliest = rs.next() ? rs.getDate(1) : null;
                return earliest == null ? null : earliest.toLocalDate();
            }
        }
    }

    private static void contribute(Connection tx, String customerId, int sign) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement(ADD.formatted(OF_CUSTOMER))) {
            s.setInt(1, sign);
            s.setString(2, customerId);
            s.setInt(3, sign);
            s.setString(4, customerId);
            s.executeUpdate();
        }
    }

    /** Snapshots of month ends on or after {@code date} include it: they are rebuilt on their next use. */
    private static void forgetSnapshotsFrom(Connection tx, LocalDate date) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("DELETE FROM aging_snapshot_state WHERE month_end >= ?")) {
            s.setDate(1, Date.valueOf(date));
            s.executeUpdate();
        }
    }

    /** The key {@link GroupBy} gives a customer attribute: {@code (unknown)} before the customer, {@code (none)} when blank. */
    static String key(String column) {
        return "CASE WHEN c.customer_id IS NULL THEN '" + GroupBy.UNKNOWN + "' ELSE COALESCE(NULLIF(" + column + ", ''), '"
                + GroupBy.NONE + "') END";
    }
}
