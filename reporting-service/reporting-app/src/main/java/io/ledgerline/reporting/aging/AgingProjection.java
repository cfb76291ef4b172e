package io.ledgerline.reporting.aging;

import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.projection.Projection;
import io.ledgerline.receivables.api.ReceivablesTopics;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every issued invoice (installments and late fees are invoices too, told apart by their item type), every dated movement of its open amount and every dispute with its
 * dates, each with the instant the ledger recorded it, so aging can be computed as of any date and as known on any
 * instant. Nothing is joined on arrival, so arrival order
 * does not matter; every write is idempotent on its own key, even past the runner's dedupe.
 */
@Singleton
public class AgingProjection implements Projection {

    public static final String NAME = "reporting.aging";

    static final String INVOICE_ISSUED = Movement.typeOf(InvoiceIssued.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of(ReceivablesTopics.EVENTS);
    }

    @Override
    public List<String> tables() {
        return List.of("open_item", "item_movement", "item_dispute");
    }

    @Override
    public void apply(Connection tx, EventEnvelope event) throws SQLException {
        if (INVOICE_ISSUED.equals(event.type())) {
            invoiceIssued(tx, event, EnvelopeCodec.data(event, InvoiceIssued.class));
        } else {
            Optional<Movement> movement = Movement.from(event);
            if (movement.isPresent()) {
                moved(tx, movement.get(), recordedAt(event));
            }
            Optional<DisputeChange> dispute = DisputeChange.from(event);
            if (dispute.isPresent()) {
                disputed(tx, dispute.get(), recordedAt(event));
            }
        }
        // PaymentReceived, PaymentReversed and CreditMemoIssued move no invoice's open amount by themselves
        // (their PaymentApplied, PaymentUnapplied and InvoiceCredited events do); nor do ContractSigned,
        // ContractInstallmentInvoiced and LateFeeCharged (each installment and fee opens as its own InvoiceIssued).
        // Other types are not aging's business.
    }

    private static void invoiceIssued(Connection tx, EventEnvelope event, InvoiceIssued invoice) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO open_item (invoice_id, customer_id, invoice_number, currency, amount, issue_date, due_date, recorded_at,
                                       item_type)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (invoice_id) DO NOTHING""")) {
            s.setString(1, invoice.invoiceId());
            s.setString(2, invoice.customerId());
            s.setString(3, invoice.invoiceNumber());
            s.setString(4, invoice.amount().currency());
            s.setBigDecimal(5, invoice.amount().amount());
            s.setDate(6, Date.valueOf(invoice.issueDate()));
            s.setDate(7, Date.valueOf(invoice.dueDate()));
            s.setTimestamp(8, recordedAt(event));
            s.setString(9, invoice.itemType() == null ? InvoiceIssued.INVOICE : invoice.itemType());
            s.executeUpdate();
        }
    }

    /** When the ledger recorded the fact (the envelope's time), for "as known on" questions; null = known since forever. */
    private static Timestamp recordedAt(EventEnvelope event) {
        return event.time() == null ? null : Timestamp.from(event.time());
    }

    private static void moved(Connection tx, Movement movement, Timestamp recordedAt) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO item_movement (event_id, invoice_id, kind, effective_on, amount, currency, reference, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""")) {
            s.setString(1, movement.eventId());
            s.setString(2, movement.invoiceId());
            s.setString(3, movement.kind().name());
            s.setDate(4, Date.valueOf(movement.effectiveOn()));
            s.setBigDecimal(5, movement.amount());
            s.setString(6, movement.currency());
            s.setString(7, movement.reference());
            s.setTimestamp(8, recordedAt);
            s.executeUpdate();
        }
    }

    private static void disputed(Connection tx, DisputeChange dispute, Timestamp recordedAt) throws SQLException {
        if (dispute.opened()) {
            try (PreparedStatement s = tx.prepareStatement("""
                    INSERT INTO item_dispute (dispute_id, invoice_id, amount, currency, opened_on, opened_recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (dispute_id) DO UPDATE
                    SET amount = excluded.amount, currency = excluded.currency, opened_on = excluded.opened_on,
                        opened_recorded_at = excluded.opened_recorded_at""")) {
                s.setString(1, dispute.disputeId());
                s.setString(2, dispute.invoiceId());
                s.setBigDecimal(3, dispute.amount());
                s.setString(4, dispute.currency());
                s.setDate(5, Date.valueOf(dispute.openedOn()));
                s.setTimestamp(6, recordedAt);
                s.executeUpdate();
            }
        } else {
            try (PreparedStatement s = tx.prepareStatement("""
                    INSERT INTO item_dispute (dispute_id, invoice_id, resolved_on, outcome, resolved_recorded_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (dispute_id) DO UPDATE
                    SET resolved_on = excluded.resolved_on, outcome = excluded.outcome,
                        resolved_recorded_at = excluded.resolved_recorded_at""")) {
                s.setString(1, dispute.disputeId());
                s.setString(2, dispute.invoiceId());
                s.setDate(3, Date.valueOf(dispute.resolvedOn()));
                s.setString(4, dispute.outcome());
                s.setTimestamp(5, recordedAt);
                s.executeUpdate();
            }
        }
    }
}
