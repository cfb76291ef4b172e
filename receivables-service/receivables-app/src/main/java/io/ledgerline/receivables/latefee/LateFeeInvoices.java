package io.ledgerline.receivables.latefee;

import io.agroal.api.AgroalDataSource;
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

/** The invoices that carry a late-fee clause: the ones a late-fee run looks at. */
@ApplicationScoped
public class LateFeeInvoices {

    /** An invoice with a clause, from {@code accruesFrom} on (its due date plus grace, plus one day). */
    public record Watched(String invoiceId, String invoiceNumber, String customerId, LocalDate accruesFrom) {
    }

    @Inject
    AgroalDataSource dataSource;

    public void watch(Watched invoice) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     INSERT INTO late_fee_invoice (invoice_id, invoice_number, customer_id, accrues_from)
                     VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            s.setString(1, invoice.invoiceId());
            s.setString(2, invoice.invoiceNumber());
            s.setString(3, invoice.customerId());
            s.setDate(4, Date.valueOf(invoice.accruesFrom()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot watch invoice " + invoice.invoiceNumber() + " for late fees", e);
        }
    }

    /** Invoices on which a fee may have accrued by {@code asOf}, oldest first. */
    public List<Watched> accruingBy(LocalDate asOf) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT invoice_id, invoice_number, customer_id, accrues_from FROM late_fee_invoice
                     WHERE accrues_from <= ? ORDER BY accrues_from, invoice_id""")) {
            s.setDate(1, Date.valueOf(asOf));
            List<Watched> watched = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    watched.add(new Watched(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()));
                }
            }
            return watched;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list invoices accruing late fees by " + asOf, e);
        }
    }
}
