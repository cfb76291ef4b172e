package io.ledgerline.receivables.cashapplication;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which invoices each payment was applied to. A table written in cash application's own
 * transaction rather than a RecordApplication command on the Payment aggregate: every stored event
 * is relayed to Kafka, so tracking it in the aggregate would publish an internal fact without a
 * contract, and it would cost a second aggregate load per application; the Invoice already knows
 * the exact amounts, this only says whom to ask.
 */
@ApplicationScoped
public class PaymentApplications {

    @Inject
    AgroalDataSource dataSource;

    public void record(String paymentId, String invoiceId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO payment_application (payment_id, invoice_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, paymentId);
            s.setString(2, invoiceId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record that payment " + paymentId + " applied to " + invoiceId, e);
        }
    }

    public List<String> invoicesOf(String paymentId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT invoice_id FROM payment_application WHERE payment_id = ? ORDER BY invoice_id")) {
            s.setString(1, paymentId);
            List<String> invoices = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    invoices.add(rs.getString(1));
                }
            }
            return invoices;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the applications of payment " + paymentId, e);
        }
    }
}
