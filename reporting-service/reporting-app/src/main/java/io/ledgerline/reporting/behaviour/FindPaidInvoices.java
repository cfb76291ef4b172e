package io.ledgerline.reporting.behaviour;

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
 * Invoices paid in a window, from the aging read model. An invoice is paid on the first day of the last stretch in
 * which its open amount (amount plus movements effective up to that day) stayed at zero or below until {@code asOf},
 * provided a payment was applied that day: an invoice closed by a credit or write-off is not paid, one whose payment
 * was unapplied again is open, and a later payment that closes it again sets a new paid date.
 */
@ApplicationScoped
public class FindPaidInvoices {

    private static final String PAID = """
            WITH p AS (SELECT CAST(? AS date) AS as_of, CAST(? AS date) AS since, CAST(? AS varchar) AS customer),
            daily AS (
                SELECT m.invoice_id, m.effective_on, sum(m.amount) AS moved, bool_or(m.kind = 'APPLIED') AS by_payment
                FROM item_movement m
                JOIN open_item i ON i.invoice_id = m.invoice_id AND i.currency = m.currency
                CROSS JOIN p
                WHERE m.effective_on <= p.as_of AND i.issue_date <= p.as_of
                  AND (p.customer IS NULL OR i.customer_id = p.customer)
                GROUP BY 1, 2
            ),
            running AS (
                SELECT d.invoice_id, d.effective_on, d.by_payment,
                       i.amount + sum(d.moved) OVER (PARTITION BY d.invoice_id ORDER BY d.effective_on) AS open_after
                FROM daily d
                JOIN open_item i ON i.invoice_id = d.invoice_id
            ),
            settled AS (
                SELECT DISTINCT ON (r.invoice_id) r.invoice_id, r.effective_on AS paid_on, r.by_payment
                FROM running r
                WHERE r.open_after <= 0
                  AND NOT EXISTS (SELECT 1 FROM running later
                                  WHERE later.invoice_id = r.invoice_id AND later.effective_on > r.effective_on
                                    AND later.open_after > 0)
                ORDER BY r.invoice_id, r.effective_on
            )
            SELECT i.customer_id, i.currency, i.amount, i.due_date, s.paid_on
            FROM settled s
            JOIN open_item i ON i.invoice_id = s.invoice_id
            CROSS JOIN p
            WHERE s.by_payment AND s.paid_on >= p.since
            ORDER BY s.paid_on, i.invoice_number""";

    @Inject
    ProjectionReads reads;

    /** Invoices of {@code customerId} ({@code null}: of every customer) paid from {@code since} to {@code asOf}. */
    public List<PaidInvoice> find(String customerId, LocalDate since, LocalDate asOf) {
        List<PaidInvoice> paid = new ArrayList<>();
        try (Connection c = reads.connection(); PreparedStatement s = c.prepareStatement(PAID)) {
            s.setDate(1, Date.valueOf(asOf));
            s.setDate(2, Date.valueOf(since));
            s.setString(3, customerId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    paid.add(new PaidInvoice(rs.getString("customer_id"), rs.getString("currency").trim(),
                            rs.getBigDecimal("amount"), rs.getDate("due_date").toLocalDate(), rs.getDate("paid_on").toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read paid invoices from the aging read model", e);
        }
        return paid;
    }
}
