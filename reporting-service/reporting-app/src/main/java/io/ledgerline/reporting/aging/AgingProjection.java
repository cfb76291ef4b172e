package io.ledgerline.reporting.aging;

import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.projection.Projection;
import io.ledgerline.receivables.api.ReceivablesTopics;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.reporting.customer.CustomerDimension;
import io.ledgerline.reporting.customer.CustomerProjection;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every issued invoice (installments and late fees are invoices too, told apart by their item type), every
 * dated movement of its open amount and every dispute with its dates, each with the instant the ledger recorded it,
 * so aging can be computed as of any date and as known on any instant; and, from both topics, the summaries that
 * answer the common groupings fast ({@link AgingSummary}: an item counts there once its invoice is known, under
 * its customer's latest profile). Arrival order does not matter; every write is idempotent on its own key, so
 * the runner records no event ids for this projection.
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
        return List.of(ReceivablesTopics.EVENTS, CustomerProjection.TOPIC);
    }

    /** Every write is keyed by its own id and only new rows reach the summaries: a repeat changes nothing. */
    @Override
    public boolean idempotent() {
        return true;
    }

    /** A rebuild folds the items alone; its new version's summaries are summed here in one go. */
    @Override
    public void rebuilt(Connection tx) throws SQLException {
        if (!AgingSummary.ready(tx)) {
            AgingSummary.sumAll(tx);
        }
    }

    @Override
    public List<String> tables() {
        return List.of("open_item", "item_movement", "item_dispute", "aging_customer", "aging_delta", "aging_snapshot",
                "aging_snapshot_state", "aging_summary_ready");
    }

    @Override
    public void apply(Connection tx, EventEnvelope event) throws SQLException {
        applyAll(tx, List.of(event));
    }

    /**
     * Inserts the batch's invoices and movements in one statement each, then adds what the new ones bring
     * to the summaries ({@link AgingSummary}) unless a rebuild is still folding the log (they are summed in
     * bulk at its end, {@link #rebuilt}); disputes and customer profiles, which are few, one by one.
     */
    @Override
    public void applyAll(Connection tx, List<EventEnvelope> events) throws SQLException {
        NewItems items = new NewItems();
        boolean summed = AgingSummary.ready(tx);
        for (EventEnvelope event : events) {
            if (INVOICE_ISSUED.equals(event.type())) {
                items.invoice(EnvelopeCodec.data(event, InvoiceIssued.class), recordedAt(event));
                continue;
            }
            Optional<Movement> movement = Movement.from(event);
            if (movement.isPresent()) {
                items.movement(movement.get(), recordedAt(event));
            }
            Optional<DisputeChange> dispute = DisputeChange.from(event);
            if (dispute.isPresent()) {
                disputed(tx, dispute.get(), recordedAt(event));
            }
            Optional<CustomerDimension> profile = CustomerDimension.from(event);
            if (profile.isPresent()) {
                if (summed) {
                    items.insert(tx, true); // the customer's items so far move with its profile
                    AgingSummary.customer(tx, profile.get());
                } else {
                    AgingSummary.keep(tx, profile.get());
                }
            }
        }
        items.insert(tx, summed);
        // PaymentReceived, PaymentReversed and CreditMemoIssued move no invoice's open amount by themselves
        // (their PaymentApplied, PaymentUnapplied and InvoiceCredited events do); nor do ContractSigned,
        // ContractInstallmentInvoiced and LateFeeCharged (each installment and fee opens as its own InvoiceIssued).
        // Other types are not aging's business.
    }

    /** When the ledger recorded the fact (the envelope's time), for "as known on" questions; null = known since forever. */
    private static Timestamp recordedAt(EventEnvelope event) {
        return event.time() == null ? null : Timestamp.from(event.time());
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
