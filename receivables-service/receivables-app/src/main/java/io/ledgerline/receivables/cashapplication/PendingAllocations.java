package io.ledgerline.receivables.cashapplication;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.receivables.money.Money;
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

/** Allocations that name an invoice the ERP has not sent yet; they wait as unapplied cash. */
@ApplicationScoped
public class PendingAllocations {

    /** Part of a payment waiting for its invoice. */
    public record Pending(String paymentId, Money amount, LocalDate receivedDate) {
    }

    @Inject
    AgroalDataSource dataSource;

    public void hold(String paymentId, String customerId, String invoiceNumber, Money amount, LocalDate receivedDate) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     INSERT INTO pending_allocation (payment_id, customer_id, invoice_number, currency, amount, received_date)
                     VALUES (?, ?, ?, ?, ?, ?)
                     ON CONFLICT (payment_id, invoice_number) DO UPDATE SET amount = pending_allocation.amount + excluded.amount""")) {
            s.setString(1, paymentId);
            s.setString(2, customerId);
            s.setString(3, invoiceNumber);
            s.setString(4, amount.currency().getCurrencyCode());
            s.setBigDecimal(5, amount.amount());
            s.setDate(6, Date.valueOf(receivedDate));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot hold an allocation for invoice " + invoiceNumber, e);
        }
    }

    /** Drops whatever a (reversed) payment still had waiting; its cash is gone. */
    public int drop(String paymentId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM pending_allocation WHERE payment_id = ?")) {
            s.setString(1, paymentId);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the allocations of payment " + paymentId, e);
        }
    }

    /** Removes and returns what waited for this invoice, oldest payment first. */
    public List<Pending> release(String customerId, String invoiceNumber) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     DELETE FROM pending_allocation WHERE customer_id = ? AND invoice_number = ?
                     RETURNING payment_id, currency, amount, received_date""")) {
            s.setString(1, customerId);
            s.setString(2, invoiceNumber);
            List<Pending> released = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    released.add(new Pending(rs.getString(1),
                            Money.of(rs.getBigDecimal(3).toPlainString(), rs.getString(2)),
                            rs.getDate(4).toLocalDate()));
                }
            }
            released.sort((a, b) -> a.receivedDate().compareTo(b.receivedDate()));
            return released;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release allocations for invoice " + invoiceNumber, e);
        }
    }
}
