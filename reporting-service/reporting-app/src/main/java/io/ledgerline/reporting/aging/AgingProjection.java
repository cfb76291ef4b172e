package io.ledgerline.reporting.aging;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.projection.Projection;
import io.ledgerline.receivables.api.ReceivablesTopics;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/**
 * Keeps every issued invoice and every dated settlement, so aging can be computed as of any date.
 * Both inserts are idempotent on their own key: a repeat changes nothing even past the runner's dedupe.
 */
@Singleton
public class AgingProjection implements Projection {

    public static final String NAME = "reporting.aging";

    private static final String INVOICE_ISSUED = typeOf(InvoiceIssued.class);
    private static final String PAYMENT_APPLIED = typeOf(PaymentApplied.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of(ReceivablesTopics.EVENTS);
    }

    @Override
    public void apply(Connection tx, EventEnvelope event) throws SQLException {
        if (INVOICE_ISSUED.equals(event.type())) {
            invoiceIssued(tx, event, EnvelopeCodec.data(event, InvoiceIssued.class));
        } else if (PAYMENT_APPLIED.equals(event.type())) {
            paymentApplied(tx, event, EnvelopeCodec.data(event, PaymentApplied.class));
        }
        // PaymentReceived moves no open amount (its PaymentApplied events do); other types are not aging's business.
    }

    private static void invoiceIssued(Connection tx, EventEnvelope event, InvoiceIssued invoice) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO open_item (invoice_id, customer_id, invoice_number, currency, amount, issue_date, due_date, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (invoice_id) DO NOTHING""")) {
            s.setString(1, invoice.invoiceId());
            s.setString(2, invoice.customerId());
            s.setString(3, invoice.invoiceNumber());
            s.setString(4, invoice.amount().currency());
            s.setBigDecimal(5, invoice.amount().amount());
            s.setDate(6, Date.valueOf(invoice.issueDate()));
            s.setDate(7, Date.valueOf(invoice.dueDate()));
            s.setTimestamp(8, event.time() == null ? null : Timestamp.from(event.time()));
            s.executeUpdate();
        }
    }

    private static void paymentApplied(Connection tx, EventEnvelope event, PaymentApplied applied) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO item_settlement (event_id, invoice_id, payment_id, applied_on, amount, currency)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""")) {
            s.setString(1, event.id());
            s.setString(2, applied.invoiceId());
            s.setString(3, applied.paymentId());
            s.setDate(4, Date.valueOf(applied.appliedOn()));
            s.setBigDecimal(5, applied.amount().amount());
            s.setString(6, applied.amount().currency());
            s.executeUpdate();
        }
    }

    /** The contract's type name, read from the published class so the two cannot drift. */
    private static String typeOf(Class<?> event) {
        return event.getAnnotation(JsonTypeName.class).value();
    }
}
