package io.ledgerline.collections.attribution;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.collections.api.v1.PaymentAttributed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Folds {@link Attribution}'s events into {@code payment_attribution} and {@code payment_attribution_touch}, in the
 * transaction that stores them: the tables are the event store's attributions, nothing more.
 */
@ApplicationScoped
public class AttributionRows {

    @Inject
    AgroalDataSource dataSource;

    void fold(PaymentAttributed e) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO payment_attribution (payment_id, customer_id, invoice_id, invoice_number, amount, currency, paid_on,
                                                     attributed_on, window_days, last_touch)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                s.setString(1, e.paymentId());
                s.setString(2, e.customerId());
                s.setString(3, e.invoiceId());
                s.setString(4, e.invoiceNumber());
                s.setBigDecimal(5, e.amount().amount());
                s.setString(6, e.amount().currency());
                s.setDate(7, Date.valueOf(e.paidOn()));
                s.setDate(8, Date.valueOf(e.attributedOn()));
                s.setInt(9, e.windowDays());
                s.setString(10, e.lastTouch());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO payment_attribution_touch (payment_id, position, kind, touch_id, occurred_on, days_before, touched_by,
                                                           detail)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int position = 0;
                for (PaymentAttributed.Touch t : e.touches()) {
                    s.setString(1, e.paymentId());
                    s.setInt(2, position++);
                    s.setString(3, t.kind());
                    s.setString(4, t.touchId());
                    s.setDate(5, Date.valueOf(t.occurredOn()));
                    s.setInt(6, t.daysBefore());
                    s.setString(7, t.by());
                    s.setString(8, t.detail());
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot record the attribution of payment " + e.paymentId() + " of customer "
                    + e.customerId(), ex);
        }
    }
}
