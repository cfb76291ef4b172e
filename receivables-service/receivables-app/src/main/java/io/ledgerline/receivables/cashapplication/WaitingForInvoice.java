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

/**
 * Money that names an invoice the ERP has not sent yet: a payment's allocation (unapplied cash) or a
 * credit memo (customer credit). It waits here and is applied when the invoice arrives.
 */
@ApplicationScoped
public class WaitingForInvoice {

    /** What is waiting. A payment may name the same invoice twice, so its waiting amounts add up. */
    public enum Source {
        PAYMENT, CREDIT_MEMO
    }

    /**
     * Money waiting for an invoice: from which payment or memo, how much, as of which date, and for a
     * payment how it named the invoice (a {@code PaymentApplied} method; null for a memo).
     */
    public record Waiting(String sourceId, Money amount, LocalDate dated, String method) {
    }

    @Inject
    AgroalDataSource dataSource;

    public void hold(Source source, String sourceId, String customerId, String invoiceNumber, Money amount, LocalDate dated) {
        hold(source, sourceId, customerId, invoiceNumber, amount, dated, null);
    }

    public void hold(Source source, String sourceId, String customerId, String invoiceNumber, Money amount, LocalDate dated,
                     String method) {
        String onRepeat = source == Source.PAYMENT
                ? "DO UPDATE SET amount = waiting_for_invoice.amount + excluded.amount"
                : "DO NOTHING";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     INSERT INTO waiting_for_invoice (source_kind, source_id, customer_id, invoice_number, currency, amount, dated, method)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                     ON CONFLICT (source_kind, source_id, invoice_number) """ + onRepeat)) {
            s.setString(1, source.name());
            s.setString(2, sourceId);
            s.setString(3, customerId);
            s.setString(4, invoiceNumber);
            s.setString(5, amount.currency().getCurrencyCode());
            s.setBigDecimal(6, amount.amount());
            s.setDate(7, Date.valueOf(dated));
            s.setString(8, method);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot hold " + source + " " + sourceId + " for invoice " + invoiceNumber, e);
        }
    }

    /** Drops whatever {@code sourceId} still had waiting (a reversed payment's cash is gone). */
    public int drop(Source source, String sourceId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM waiting_for_invoice WHERE source_kind = ? AND source_id = ?")) {
            s.setString(1, source.name());
            s.setString(2, sourceId);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop what " + source + " " + sourceId + " had waiting", e);
        }
    }

    /** Removes and returns what of {@code source} waited for this invoice, oldest first. */
    public List<Waiting> release(Source source, String customerId, String invoiceNumber) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     DELETE FROM waiting_for_invoice WHERE source_kind = ? AND customer_id = ? AND invoice_number = ?
                     RETURNING source_id, currency, amount, dated, method""")) {
            s.setString(1, source.name());
            s.setString(2, customerId);
            s.setString(3, invoiceNumber);
            List<Waiting> released = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    released.add(new Waiting(rs.getString(1),
                            Money.of(rs.getBigDecimal(3).toPlainString(), rs.getString(2)),
                            rs.getDate(4).toLocalDate(), rs.getString(5)));
                }
            }
            released.sort((a, b) -> a.dated().equals(b.dated()) ? a.sourceId().compareTo(b.sourceId()) : a.dated().compareTo(b.dated()));
            return released;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release what waited for invoice " + invoiceNumber, e);
        }
    }
}
