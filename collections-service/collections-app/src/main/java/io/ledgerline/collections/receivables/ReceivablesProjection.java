package io.ledgerline.collections.receivables;

import io.ledgerline.collections.receivables.ItemFact.DisputeOpening;
import io.ledgerline.collections.receivables.ItemFact.DisputeResolution;
import io.ledgerline.collections.receivables.ItemFact.Movement;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each customer's receivables from {@code ledgerline.receivables.events}: every issued item (invoices, installments and
 * late fees, with their due dates), every dated movement of its open amount (payments applied and unapplied, credits,
 * write-offs, debits) and every dispute. An item's open amount and settled date are recomputed from its movements whenever
 * either arrives, so arrival order does not matter and a repeated event changes nothing. A fact folded for the first time
 * is followed up in the same transaction ({@link ReceivablesFollowUp}: the customer is evaluated again).
 */
@Singleton
public class ReceivablesProjection implements Projection {

    public static final String NAME = "collections.receivables";

    static final String INVOICE_ISSUED = ItemFact.typeOf(InvoiceIssued.class);

    @Inject
    ReceivablesFollowUp followUp;

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
        return List.of("receivable_item", "receivable_movement", "receivable_dispute");
    }

    /** Items are keyed by invoice id, movements by envelope id, disputes by dispute id; derived columns are recomputed. */
    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public void apply(Connection tx, EventEnvelope event) throws SQLException {
        if (INVOICE_ISSUED.equals(event.type())) {
            InvoiceIssued issued = EnvelopeCodec.data(event, InvoiceIssued.class);
            if (issued(tx, issued)) {
                settle(tx, issued.invoiceId());
                followUp.changed(tx, issued.customerId(), "item " + number(issued) + " issued on " + issued.issueDate() + ", due "
                        + issued.dueDate());
            }
            return;
        }
        ItemFact fact = ItemFact.from(event).orElse(null);
        if (fact instanceof Movement m && moved(tx, m)) {
            settle(tx, m.invoiceId());
            followUp.changed(tx, m.customerId(), m.kind().name().toLowerCase().replace('_', ' ') + " of " + m.amount().abs()
                    .toPlainString() + " " + m.currency() + " on " + m.effectiveOn() + " (invoice " + m.invoiceId() + ")");
        } else if (fact instanceof DisputeOpening d && opened(tx, d)) {
            followUp.changed(tx, d.customerId(), "a dispute of " + d.amount().toPlainString() + " " + d.currency() + " opened on "
                    + d.openedOn() + " (invoice " + d.invoiceId() + ")");
        } else if (fact instanceof DisputeResolution r && resolved(tx, r)) {
            followUp.changed(tx, r.customerId(), "a dispute resolved on " + r.resolvedOn() + " (invoice " + r.invoiceId() + ")");
        }
        // PaymentReceived, PaymentReversed, CreditMemoIssued, LateFeeCharged and contract events move no item's open amount
        // by themselves (their PaymentApplied, PaymentUnapplied, InvoiceCredited and InvoiceIssued do); others are ignored.
    }

    private static String number(InvoiceIssued i) {
        return i.invoiceNumber() == null || i.invoiceNumber().isBlank() ? i.invoiceId() : i.invoiceNumber();
    }

    /** False when the item was folded before. */
    private static boolean issued(Connection tx, InvoiceIssued i) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO receivable_item (invoice_id, customer_id, invoice_number, item_type, currency, amount, issue_date,
                                             due_date, open_amount, settled_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)
                ON CONFLICT (invoice_id) DO NOTHING""")) {
            s.setString(1, i.invoiceId());
            s.setString(2, i.customerId());
            s.setString(3, number(i));
            s.setString(4, i.itemType() == null ? InvoiceIssued.INVOICE : i.itemType());
            s.setString(5, i.amount().currency());
            s.setBigDecimal(6, i.amount().amount());
            s.setDate(7, Date.valueOf(i.issueDate()));
            s.setDate(8, Date.valueOf(i.dueDate()));
            s.setBigDecimal(9, i.amount().amount());
            return s.executeUpdate() == 1;
        }
    }

    /** False when the movement was folded before. */
    private static boolean moved(Connection tx, Movement m) throws SQLException {
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

    /** False when the opening was folded before. */
    private static boolean opened(Connection tx, DisputeOpening d) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO receivable_dispute (dispute_id, invoice_id, customer_id, amount, currency, opened_on)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (dispute_id) DO UPDATE SET amount = excluded.amount, currency = excluded.currency,
                                                       opened_on = excluded.opened_on
                WHERE receivable_dispute.opened_on IS NULL""")) {
            s.setString(1, d.disputeId());
            s.setString(2, d.invoiceId());
            s.setString(3, d.customerId());
            s.setBigDecimal(4, d.amount());
            s.setString(5, d.currency());
            s.setDate(6, Date.valueOf(d.openedOn()));
            return s.executeUpdate() == 1;
        }
    }

    /** False when the resolution was folded before. */
    private static boolean resolved(Connection tx, DisputeResolution r) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO receivable_dispute (dispute_id, invoice_id, customer_id, resolved_on) VALUES (?, ?, ?, ?)
                ON CONFLICT (dispute_id) DO UPDATE SET resolved_on = excluded.resolved_on
                WHERE receivable_dispute.resolved_on IS NULL""")) {
            s.setString(1, r.disputeId());
            s.setString(2, r.invoiceId());
            s.setString(3, r.customerId());
            s.setDate(4, Date.valueOf(r.resolvedOn()));
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Recomputes the item's open amount and the day it was settled (the day its open amount last reached zero and stayed
     * there; none while anything is open) from all its movements in business-date order; nothing to do before the item
     * itself arrived.
     */
    private static void settle(Connection tx, String invoiceId) throws SQLException {
        BigDecimal open;
        LocalDate issueDate;
        try (PreparedStatement s = tx.prepareStatement("SELECT amount, issue_date FROM receivable_item WHERE invoice_id = ?")) {
            s.setString(1, invoiceId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                open = rs.getBigDecimal(1);
                issueDate = rs.getDate(2).toLocalDate();
            }
        }
        Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
        try (PreparedStatement s = tx.prepareStatement("SELECT effective_on, amount FROM receivable_movement WHERE invoice_id = ?")) {
            s.setString(1, invoiceId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byDay.merge(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2), BigDecimal::add);
                }
            }
        }
        LocalDate settledOn = open.signum() <= 0 ? issueDate : null;
        for (Map.Entry<LocalDate, BigDecimal> day : byDay.entrySet()) {
            open = open.add(day.getValue());
            if (open.signum() > 0) {
                settledOn = null;
            } else if (settledOn == null) {
                settledOn = day.getKey();
            }
        }
        try (PreparedStatement s = tx.prepareStatement("UPDATE receivable_item SET open_amount = ?, settled_on = ? WHERE invoice_id = ?")) {
            s.setBigDecimal(1, open);
            s.setDate(2, settledOn == null ? null : Date.valueOf(settledOn));
            s.setString(3, invoiceId);
            s.executeUpdate();
        }
    }
}
