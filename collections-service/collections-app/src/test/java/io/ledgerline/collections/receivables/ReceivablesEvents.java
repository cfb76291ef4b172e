package io.ledgerline.collections.receivables;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ledgerline.collections.Topics;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.receivables.api.ReceivablesTopics;
import io.ledgerline.receivables.api.v1.DisputeOpened;
import io.ledgerline.receivables.api.v1.DisputeResolved;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.Money;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.api.v1.PaymentUnapplied;
import io.ledgerline.receivables.api.v1.ReceivablesEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Receivables facts published on the real {@code ledgerline.receivables.events} the way receivables-service's relay does,
 * each awaited until {@link ReceivablesProjection} folded it and the dunning worker evaluated the customer.
 */
public final class ReceivablesEvents {

    private final String customerId;

    public ReceivablesEvents(String customerId) {
        this.customerId = customerId;
    }

    /** Issues an invoice numbered {@code number} and returns its id. */
    public String invoice(String number, String amount, String currency, String issued, String due) {
        String invoiceId = UUID.randomUUID().toString();
        publish(new InvoiceIssued(invoiceId, "EXT-" + invoiceId, number, customerId, LocalDate.parse(issued), LocalDate.parse(due),
                money(amount, currency)));
        return invoiceId;
    }

    public void paid(String invoiceId, String amount, String currency, String on) {
        publish(new PaymentApplied(invoiceId, "n/a", "P-" + UUID.randomUUID(), customerId, LocalDate.parse(on), money(amount, currency)));
    }

    public void unapplied(String invoiceId, String amount, String currency, String on) {
        publish(new PaymentUnapplied(invoiceId, "n/a", "P-" + UUID.randomUUID(), customerId, LocalDate.parse(on), money(amount, currency),
                "returned by the bank"));
    }

    /** Opens a dispute and returns its id. */
    public String disputed(String invoiceId, String amount, String currency, String on) {
        String disputeId = "D-" + UUID.randomUUID();
        publish(new DisputeOpened(disputeId, invoiceId, "n/a", customerId, LocalDate.parse(on), money(amount, currency), "damaged goods"));
        return disputeId;
    }

    public void resolved(String invoiceId, String disputeId, String on) {
        publish(new DisputeResolved(disputeId, invoiceId, "n/a", customerId, LocalDate.parse(on), DisputeResolved.REJECTED, null));
    }

    /** Publishes the event in a new envelope and returns it, to deliver it again with {@link #send}. */
    public EventEnvelope publish(ReceivablesEvent event) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/receivables",
                event.getClass().getAnnotation(JsonTypeName.class).value(), customerId, Instant.parse("2026-01-01T09:00:00Z"),
                customerId, 0, "1", EnvelopeCodec.mapper().valueToTree(event));
        send(envelope);
        return envelope;
    }

    /** Delivers an envelope (again, as an at-least-once relay may), waits until it is folded and its customer evaluated. */
    public static void send(EventEnvelope envelope) {
        Topics.send(ReceivablesTopics.EVENTS, ReceivablesProjection.NAME, envelope);
        Topics.evaluated(envelope.customerId());
    }

    private static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
