package io.ledgerline.collections.attribution;

import io.ledgerline.platform.eventing.projection.ProjectionReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer's payments not attributed yet: its receivables movements of kind {@code APPLIED} (folded by the receivables
 * projection, amount negative) of a business date before {@code day} without a {@code payment_attribution} row.
 */
@ApplicationScoped
public class PaymentsToAttribute {

    @Inject
    ProjectionReads reads;

    /**
     * The customers with a payment before {@code day} not attributed yet. The daily run evaluates customers with an item
     * open or a case open; one whose payment settled its last item with no case open is only evaluated again, and its
     * payment attributed, when a new fact about it arrives, unless the run adds these.
     */
    public List<String> customers(LocalDate day) {
        try (Connection c = reads.connection(); PreparedStatement s = c.prepareStatement("""
                SELECT DISTINCT m.customer_id FROM receivable_movement m
                WHERE m.kind = 'APPLIED' AND m.effective_on < ?
                  AND NOT EXISTS (SELECT 1 FROM payment_attribution a WHERE a.payment_id = m.event_id)
                ORDER BY m.customer_id""")) {
            s.setDate(1, Date.valueOf(day));
            List<String> customers = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    customers.add(rs.getString(1));
                }
            }
            return customers;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the customers with payments to attribute before " + day, e);
        }
    }

    public List<Payment> of(String customerId, LocalDate day) {
        try (Connection c = reads.connection(); PreparedStatement s = c.prepareStatement("""
                SELECT m.event_id, m.invoice_id, COALESCE(i.invoice_number, m.invoice_id), m.amount, m.currency, m.effective_on
                FROM receivable_movement m LEFT JOIN receivable_item i ON i.invoice_id = m.invoice_id
                WHERE m.customer_id = ? AND m.kind = 'APPLIED' AND m.effective_on < ?
                  AND NOT EXISTS (SELECT 1 FROM payment_attribution a WHERE a.payment_id = m.event_id)
                ORDER BY m.effective_on, m.event_id""")) {
            s.setString(1, customerId);
            s.setDate(2, Date.valueOf(day));
            List<Payment> payments = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    payments.add(new Payment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4).negate(),
                            rs.getString(5), rs.getDate(6).toLocalDate()));
                }
            }
            return payments;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the payments of customer " + customerId + " to attribute", e);
        }
    }
}
