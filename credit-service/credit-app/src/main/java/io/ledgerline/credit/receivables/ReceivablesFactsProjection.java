package io.ledgerline.credit.receivables;

import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.projection.Projection;
import io.ledgerline.receivables.api.ReceivablesTopics;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each customer's receivables from {@code ledgerline.receivables.events}: every issued item (invoices,
 * installments and late fees) and every dated movement of its open amount (payments applied and
 * unapplied, credits, write-offs, debits). An item's open amount, settled date, paid and written-off
 * amounts are recomputed from its movements whenever either arrives, so arrival order does not matter
 * and a repeated event changes nothing. Disputes move no open amount and are not kept. Each payment's cash and its
 * applications are kept too ({@link PaymentCash}), for the customer's prepayments. A write-off folded for the
 * first time is followed up in the same transaction ({@link WriteOffFollowUp}).
 */
@Singleton
public class ReceivablesFactsProjection implements Projection {

    public static final String NAME = "credit.receivables-facts";

    static final String INVOICE_ISSUED = ItemMovement.typeOf(InvoiceIssued.class);

    @Inject
    WriteOffFollowUp writeOffs;

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
        return List.of("receivable_item", "receivable_movement", "receivable_payment", "payment_application");
    }

    /**
     * Items are keyed by invoice id, movements and payment applications by envelope id, payments by payment id, and
     * derived columns recomputed from their rows.
     */
    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public void apply(Connection tx, EventEnvelope event) throws SQLException {
        if (INVOICE_ISSUED.equals(event.type())) {
            InvoiceIssued issued = EnvelopeCodec.data(event, InvoiceIssued.class);
            issued(tx, issued);
            settle(tx, issued.invoiceId());
            return;
        }
        PaymentCash.fold(tx, event);
        Optional<ItemMovement> movement = ItemMovement.from(event);
        if (movement.isPresent()) {
            ItemMovement m = movement.get();
            boolean first = moved(tx, m);
            settle(tx, m.invoiceId());
            if (first && m.kind() == ItemMovement.Kind.WRITTEN_OFF) {
                writeOffs.writtenOff(tx, m.customerId(), m.invoiceId(), m.amount().negate(), m.currency(), m.effectiveOn());
            }
        }
        // PaymentReceived, PaymentReversed and CreditMemoIssued move no open amount by themselves (their PaymentApplied,
        // PaymentUnapplied and InvoiceCredited do; the payments' cash is PaymentCash's); DisputeOpened/Resolved leave it as
        // it is; other types are ignored.
    }

    private static void issued(Connection tx, InvoiceIssued i) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO receivable_item (invoice_id, customer_id, item_type, currency, amount, issue_date, due_date,
                                             open_amount, settled_on, paid_amount, written_off)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, 0)
                ON CONFLICT (invoice_id) DO NOTHING""")) {
            s.setString(1, i.invoiceId());
            s.setString(2, i.customerId());
            s.setString(3, i.itemType() == null ? InvoiceIssued.INVOICE : i.itemType());
            s.setString(4, i.amount().currency());
            s.setBigDecimal(5, i.amount().amount());
            s.setDate(6, Date.valueOf(i.issueDate()));
            s.setDate(7, Date.valueOf(i.dueDate()));
            s.setBigDecimal(8, i.amount().amount());
            s.executeUpdate();
        }
    }

    /** False when the movement was folded before. */
    private static boolean moved(Connection tx, ItemMovement m) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO receivable_movement (event_id, invoice_id, customer_id, kind, effective_on, amount, currency)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""")) {
            s.setString(1, m.eventId());
            s.setString(2, m.invoiceId());
            s.setString(3, m.customerId());
            s.setString(4, m.kind().name());
            s.setDate(5, Date.valueOf(m.effectiveOn()));
            s.setBigDecimal(6, m.amount());
            s.setString(7, m.currency());
            return s.executeUpdate() == 1;
        }
    }

    /** Recomputes the item's derived columns from all its movements; nothing to do before the item itself arrived. */
    private static void settle(Connection tx, String invoiceId) throws SQLException {
        BigDecimal amount;
        Date issueDate;
        try (PreparedStatement s = tx.prepareStatement("SELECT amount, issue_date FROM receivable_item WHERE invoice_id = ?")) {
            s.setString(1, invoiceId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                amount = rs.getBigDecimal(1);
                issueDate = rs.getDate(2);
            }
        }
        List<ItemMovement> movements = new ArrayList<>();
        try (PreparedStatement s = tx.prepareStatement("""
                SELECT event_id, customer_id, kind, effective_on, amount, currency FROM receivable_movement WHERE invoice_id = ?""")) {
            s.setString(1, invoiceId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    movements.add(new ItemMovement(rs.getString(1), invoiceId, rs.getString(2), ItemMovement.Kind.valueOf(rs.getString(3)),
                            rs.getDate(4).toLocalDate(), rs.getBigDecimal(5), rs.getString(6)));
                }
            }
        }
        ItemSettlement settlement = ItemSettlement.of(amount, issueDate.toLocalDate(), movements);
        try (PreparedStatement s = tx.prepareStatement("""
                UPDATE receivable_item SET open_amount = ?, settled_on = ?, paid_amount = ?, written_off = ? WHERE invoice_id = ?""")) {
            s.setBigDecimal(1, settlement.openAmount());
            s.setDate(2, settlement.settledOn() == null ? null : Date.valueOf(settlement.settledOn()));
            s.setBigDecimal(3, settlement.paid());
            s.setBigDecimal(4, settlement.writtenOff());
            s.setString(5, invoiceId);
            s.executeUpdate();
        }
    }
}
