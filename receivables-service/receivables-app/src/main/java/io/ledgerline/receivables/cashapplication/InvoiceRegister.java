package io.ledgerline.receivables.cashapplication;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/** Which invoice a customer's invoice number names: how the ERP's allocations find their invoice. */
@ApplicationScoped
public class InvoiceRegister {

    /** A registered invoice as cash application needs it. */
    public record RegisteredInvoice(String invoiceId, String currency, LocalDate issueDate) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** False when the customer already has an invoice with this number. */
    public boolean register(String customerId, String invoiceNumber, String invoiceId, String currency, LocalDate issueDate) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     INSERT INTO invoice_register (customer_id, invoice_number, invoice_id, currency, issue_date)
                     VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            s.setString(1, customerId);
            s.setString(2, invoiceNumber);
            s.setString(3, invoiceId);
            s.setString(4, currency);
            s.setDate(5, Date.valueOf(issueDate));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot register invoice " + invoiceNumber, e);
        }
    }

    public Optional<RegisteredInvoice> find(String customerId, String invoiceNumber) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT invoice_id, currency, issue_date FROM invoice_register WHERE customer_id = ? AND invoice_number = ?")) {
            s.setString(1, customerId);
            s.setString(2, invoiceNumber);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new RegisteredInvoice(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up invoice " + invoiceNumber, e);
        }
    }
}
