package io.ledgerline.reporting.attribution;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ledgerline.collections.api.CollectionsTopics;
import io.ledgerline.collections.api.v1.PaymentAttributed;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.projection.Projection;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/**
 * Folds collections-service's {@code PaymentAttributed} events into {@code attributed_payment} and {@code attributed_touch},
 * keyed by the payment's id (collections attributes a payment once), so a repeat changes nothing; other collections events
 * are ignored. Nothing is summed on arrival: the report sums the payments of the period asked.
 */
@Singleton
public class AttributionProjection implements Projection {

    public static final String NAME = "reporting.attribution";
    static final String TYPE = PaymentAttributed.class.getAnnotation(JsonTypeName.class).value();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of(CollectionsTopics.EVENTS);
    }

    @Override
    public List<String> tables() {
        return List.of("attributed_payment", "attributed_touch");
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public void apply(Connection tx, EventEnvelope event) throws SQLException {
        if (!TYPE.equals(event.type())) {
            return;
        }
        PaymentAttributed p = EnvelopeCodec.data(event, PaymentAttributed.class);
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO attributed_payment (payment_id, customer_id, invoice_id, amount, currency, paid_on, attributed_on,
                                                window_days, last_touch, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (payment_id) DO NOTHING""")) {
            s.setString(1, p.paymentId());
            s.setString(2, p.customerId());
            s.setString(3, p.invoiceId());
            s.setBigDecimal(4, p.amount().amount());
            s.setString(5, p.amount().currency());
            s.setDate(6, Date.valueOf(p.paidOn()));
            s.setDate(7, Date.valueOf(p.attributedOn()));
            s.setInt(8, p.windowDays());
            s.setString(9, p.lastTouch());
            s.setTimestamp(10, Timestamp.from(event.time()));
            if (s.executeUpdate() == 0) {
                return;
            }
        }
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO attributed_touch (payment_id, position, kind, touch_id, occurred_on, days_before)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            int position = 0;
            for (PaymentAttributed.Touch t : p.touches()) {
                s.setString(1, p.paymentId());
                s.setInt(2, position++);
                s.setString(3, t.kind());
                s.setString(4, t.touchId());
                s.setDate(5, Date.valueOf(t.occurredOn()));
                s.setInt(6, t.daysBefore());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
