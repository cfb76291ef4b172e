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
import java.util.Comparator;
import java.util.List;

/** Credit memos naming an invoice the ERP has not sent yet; they wait as customer credit. */
@ApplicationScoped
public class PendingCredits {

    /** A credit memo waiting for its invoice. */
    public record Pending(String creditMemoId, Money amount, LocalDate issueDate) {
    }

    @Inject
    AgroalDataSource dataSource;

    public void hold(String creditMemoId, String customerId, String invoiceNumber, Money amount, LocalDate issueDate) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     INSERT INTO pending_credit (credit_memo_id, customer_id, invoice_number, currency, amount, issue_date)
                     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            s.setString(1, creditMemoId);
            s.setString(2, customerId);
            s.setString(3, invoiceNumber);
            s.setString(4, amount.currency().getCurrencyCode());
            s.setBigDecimal(5, amount.amount());
            s.setDate(6, Date.valueOf(issueDate));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot hold credit memo " + creditMemoId, e);
        }
    }

    /** Removes and returns what waited for this invoice, oldest memo first. */
    public List<Pending> release(String customerId, String invoiceNumber) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     DELETE FROM pending_credit WHERE customer_id = ? AND invoice_number = ?
                     RETURNING credit_memo_id, currency, amount, issue_date""")) {
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
            released.sort(Comparator.comparing(Pending::issueDate).thenComparing(Pending::creditMemoId));
            return released;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release credit memos for invoice " + invoiceNumber, e);
        }
    }
}
