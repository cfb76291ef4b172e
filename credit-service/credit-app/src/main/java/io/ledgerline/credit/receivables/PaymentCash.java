package io.ledgerline.credit.receivables;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.api.v1.PaymentReceived;
import io.ledgerline.receivables.api.v1.PaymentReversed;
import io.ledgerline.receivables.api.v1.PaymentUnapplied;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Each payment's cash, for prepayments: what it brought ({@code PaymentReceived}), when it bounced ({@code PaymentReversed}),
 * and every dated application of it to an invoice ({@code PaymentApplied} positive, {@code PaymentUnapplied} negative).
 * A payment's unapplied cash is its amount less its applications, nothing once reversed (as receivables-service's ledger
 * counts it). Every write is keyed by the payment id or the envelope id, so arrival order does not matter and a repeated
 * event changes nothing.
 */
final class PaymentCash {

    static final String RECEIVED = ItemMovement.typeOf(PaymentReceived.class);
    static final String REVERSED = ItemMovement.typeOf(PaymentReversed.class);
    static final String APPLIED = ItemMovement.typeOf(PaymentApplied.class);
    static final String UNAPPLIED = ItemMovement.typeOf(PaymentUnapplied.class);

    private PaymentCash() {
    }

    /** Folds the event when it is about a payment's cash; every other type is left alone. */
    static void fold(Connection tx, EventEnvelope event) throws SQLException {
        String type = event.type();
        if (RECEIVED.equals(type)) {
            payment(tx, event, "receivedDate", "received_on");
        } else if (REVERSED.equals(type)) {
            payment(tx, event, "reversedOn", "reversed_on");
        } else if (APPLIED.equals(type)) {
            application(tx, event, "appliedOn", BigDecimal.ONE);
        } else if (UNAPPLIED.equals(type)) {
            application(tx, event, "unappliedOn", BigDecimal.ONE.negate());
        }
    }

    /** The payment's row with its amount and the date of this event; the other date is kept when it arrived first. */
    private static void payment(Connection tx, EventEnvelope event, String dateField, String column) throws SQLException {
        JsonNode data = event.data();
        JsonNode money = data.path("amount");
        try (PreparedStatement s = tx.prepareStatement("INSERT INTO receivable_payment (payment_id, customer_id, currency, amount, "
                + column + ") VALUES (?, ?, ?, ?, ?) ON CONFLICT (payment_id) DO UPDATE SET " + column + " = excluded." + column)) {
            s.setString(1, ItemMovement.text(event, data, "paymentId"));
            s.setString(2, ItemMovement.text(event, data, "customerId"));
            s.setString(3, ItemMovement.text(event, money, "currency"));
            s.setBigDecimal(4, ItemMovement.decimal(event, money, "amount"));
            s.setDate(5, Date.valueOf(ItemMovement.date(event, data, dateField)));
            s.executeUpdate();
        }
    }

    private static void application(Connection tx, EventEnvelope event, String dateField, BigDecimal sign) throws SQLException {
        JsonNode data = event.data();
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO payment_application (event_id, payment_id, customer_id, effective_on, amount)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""")) {
            s.setString(1, event.id());
            s.setString(2, ItemMovement.text(event, data, "paymentId"));
            s.setString(3, ItemMovement.text(event, data, "customerId"));
            s.setDate(4, Date.valueOf(ItemMovement.date(event, data, dateField)));
            s.setBigDecimal(5, ItemMovement.decimal(event, data.path("amount"), "amount").multiply(sign));
            s.executeUpdate();
        }
    }
}
