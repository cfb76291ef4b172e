package io.ledgerline.collections.receivables;

import io.ledgerline.collections.arrangement.ItemPayment;
import io.ledgerline.collections.ladder.ItemHistory;
import io.ledgerline.collections.ladder.OpenItem;
import io.ledgerline.platform.eventing.projection.ProjectionReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the receivables projection: a customer's items that may be open on a date, with their dated facts. */
@ApplicationScoped
public class CustomerItems {

    /** Issued by D and not settled before it: only these can be open as the ladder sees D. */
    private static final String UNSETTLED = "issue_date <= ? AND (settled_on IS NULL OR settled_on >= ?)";

    @Inject
    ProjectionReads reads;

    /** The customer's items that may be open on {@code day}, each with every movement and dispute known. */
    public List<ItemHistory> histories(String customerId, LocalDate day) {
        record Head(String invoiceNumber, String currency, BigDecimal amount, LocalDate issueDate, LocalDate dueDate) {
        }
        Map<String, Head> heads = new LinkedHashMap<>();
        Map<String, List<ItemHistory.Movement>> movements = new HashMap<>();
        Map<String, List<ItemHistory.Dispute>> disputes = new HashMap<>();
        try (Connection c = reads.connection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT invoice_id, invoice_number, currency, amount, issue_date, due_date "
                    + "FROM receivable_item WHERE customer_id = ? AND " + UNSETTLED + " ORDER BY due_date, invoice_id")) {
                s.setString(1, customerId);
                s.setDate(2, Date.valueOf(day));
                s.setDate(3, Date.valueOf(day));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        heads.put(rs.getString(1), new Head(rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate()));
                    }
                }
            }
            if (heads.isEmpty()) {
                return List.of();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT invoice_id, effective_on, amount FROM receivable_movement "
                    + "WHERE customer_id = ? AND invoice_id = ANY (?)")) {
                s.setString(1, customerId);
                s.setArray(2, c.createArrayOf("varchar", heads.keySet().toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        movements.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new ItemHistory.Movement(rs.getDate(2).toLocalDate(), rs.getBigDecimal(3)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT invoice_id, amount, opened_on, resolved_on FROM receivable_dispute "
                    + "WHERE customer_id = ? AND invoice_id = ANY (?)")) {
                s.setString(1, customerId);
                s.setArray(2, c.createArrayOf("varchar", heads.keySet().toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        disputes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ItemHistory.Dispute(rs.getBigDecimal(2),
                                date(rs.getDate(3)), date(rs.getDate(4))));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the receivables of customer " + customerId, e);
        }
        List<ItemHistory> histories = new ArrayList<>();
        heads.forEach((id, h) -> histories.add(new ItemHistory(id, h.invoiceNumber(), h.currency(), h.amount(), h.issueDate(),
                h.dueDate(), movements.getOrDefault(id, List.of()), disputes.getOrDefault(id, List.of()))));
        return histories;
    }

    /** The customer's items with something open on {@code day}, as the ladder sees them (see {@link ItemHistory#asOf}). */
    public List<OpenItem> openOn(String customerId, LocalDate day) {
        return histories(customerId, day).stream().map(h -> h.asOf(day)).flatMap(Optional::stream).filter(i -> i.open().signum() > 0)
                .toList();
    }

    /**
     * Every payment on the customer's items known before {@code day} (effective before it), whatever the item's state:
     * applications positive, undone applications negative.
     */
    public List<ItemPayment> payments(String customerId, LocalDate day) {
        try (Connection c = reads.connection(); PreparedStatement s = c.prepareStatement("SELECT invoice_id, effective_on, -amount "
                + "FROM receivable_movement WHERE customer_id = ? AND kind IN ('APPLIED', 'UNAPPLIED') AND effective_on < ? "
                + "ORDER BY effective_on, event_id")) {
            s.setString(1, customerId);
            s.setDate(2, Date.valueOf(day));
            List<ItemPayment> payments = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    payments.add(new ItemPayment(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3)));
                }
            }
            return payments;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the payments of customer " + customerId, e);
        }
    }

    /** The customers with an item that may be open on {@code day}, in id order. */
    public List<String> customersWithOpenItems(LocalDate day) {
        try (Connection c = reads.connection(); PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT customer_id FROM receivable_item WHERE " + UNSETTLED + " ORDER BY customer_id")) {
            s.setDate(1, Date.valueOf(day));
            s.setDate(2, Date.valueOf(day));
            List<String> customers = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    customers.add(rs.getString(1));
                }
            }
            return customers;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the customers with open items on " + day, e);
        }
    }

    /** Whether the projection has folded anything about the customer. */
    public boolean knows(String customerId) {
        try (Connection c = reads.connection();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM receivable_item WHERE customer_id = ? LIMIT 1")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the receivables of customer " + customerId, e);
        }
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
