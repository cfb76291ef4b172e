package io.ledgerline.credit.receivables;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.receivables.api.ReceivablesTopics;
import io.ledgerline.receivables.api.v1.InvoiceCredited;
import io.ledgerline.receivables.api.v1.InvoiceDebited;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.InvoiceWrittenOff;
import io.ledgerline.receivables.api.v1.Money;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.api.v1.PaymentReceived;
import io.ledgerline.receivables.api.v1.PaymentReversed;
import io.ledgerline.receivables.api.v1.PaymentUnapplied;
import io.ledgerline.receivables.api.v1.ReceivablesEvent;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTopics;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Receivables facts published on the real {@code ledgerline.receivables.events} the way receivables-service's
 * relay does, each awaited until {@link ReceivablesFactsProjection}'s serving version has folded past it.
 */
public final class ReceivablesEvents {

    private final String customerId;

    public ReceivablesEvents(String customerId) {
        this.customerId = customerId;
    }

    /**
     * A CNY customer's ledger, as of 2013-03-15 (12 months back: after 2012-03-15; 24 months: after 2011-03-15):
     * <pre>
     * I1 2011-01-10 due 2011-02-09  10000  paid 2011-02-05                    settled before the window
     * I2 2012-04-01 due 2012-05-01  20000  paid 2012-05-11                    10 days late
     * I3 2012-06-01 due 2012-07-01  30000  paid 10000 06-20, 20000 07-01      on time, 0 late
     * I4 2012-08-01 due 2012-08-31  15000  paid 09-30, unapplied 10-05, paid 10-20: 50 days late
     * I5 2012-11-01 due 2012-12-01  25000  paid 5000 12-15                    20000 overdue, 104 days
     * I6 2012-12-10 due 2013-01-09   8000  credited 5000 01-20, written off 3000 02-01: a write-off, not paid
     * I7 2013-02-20 due 2013-03-22  12000  paid 2013-03-20 (after today)      12000 open, not yet due
     * I8 2013-01-05 due 2013-02-04   6000  debited 1000 01-10, paid 7000 02-04: on time, 0 late
     * LF 2013-01-05 due 2013-01-20    500  a late fee, unpaid                 overdue, 54 days; no invoice, no volume
     * I9 2013-03-20 due 2013-04-19   9999  issued after today                 nothing
     * </pre>
     * months of relationship 26 (2011-01-10 to 2013-03-15); invoices in 12 months 7 (I2-I8), volume 116000 CNY;
     * paid in 12 months I2, I3, I4, I8: average (10 + 0 + 50 + 0) / 4 = 15.00 days late, 2 of 4 = 50.00% on time;
     * overdue I5 and LF, the oldest due 2012-12-01: 104 days; write-offs in 24 months 1 (I6); open 20000 + 500 + 12000 = 32500.
     */
    public void steadyPayerHistory() {
        String i1 = invoice("10000.00", "CNY", "2011-01-10", "2011-02-09");
        paid(i1, "10000.00", "CNY", "2011-02-05");
        String i2 = invoice("20000.00", "CNY", "2012-04-01", "2012-05-01");
        paid(i2, "20000.00", "CNY", "2012-05-11");
        String i3 = invoice("30000.00", "CNY", "2012-06-01", "2012-07-01");
        paid(i3, "10000.00", "CNY", "2012-06-20");
        paid(i3, "20000.00", "CNY", "2012-07-01");
        String i4 = invoice("15000.00", "CNY", "2012-08-01", "2012-08-31");
        paid(i4, "15000.00", "CNY", "2012-09-30");
        unapplied(i4, "15000.00", "CNY", "2012-10-05");
        paid(i4, "15000.00", "CNY", "2012-10-20");
        String i5 = invoice("25000.00", "CNY", "2012-11-01", "2012-12-01");
        paid(i5, "5000.00", "CNY", "2012-12-15");
        String i6 = invoice("8000.00", "CNY", "2012-12-10", "2013-01-09");
        credited(i6, "5000.00", "CNY", "2013-01-20");
        writtenOff(i6, "3000.00", "CNY", "2013-02-01");
        String i7 = invoice("12000.00", "CNY", "2013-02-20", "2013-03-22");
        paid(i7, "12000.00", "CNY", "2013-03-20");
        String i8 = invoice("6000.00", "CNY", "2013-01-05", "2013-02-04");
        debited(i8, "1000.00", "CNY", "2013-01-10");
        paid(i8, "7000.00", "CNY", "2013-02-04");
        item("500.00", "CNY", "2013-01-05", "2013-01-20", InvoiceIssued.LATE_FEE);
        invoice("9999.00", "CNY", "2013-03-20", "2013-04-19");
    }

    /** Issues an invoice in {@code currency} and returns its id. */
    public String invoice(String amount, String currency, String issued, String due) {
        return item(amount, currency, issued, due, null);
    }

    /** Issues an item of a type ({@code LATE_FEE}, {@code INSTALLMENT}; null an invoice) and returns its id. */
    public String item(String amount, String currency, String issued, String due, String itemType) {
        String invoiceId = UUID.randomUUID().toString();
        publish(new InvoiceIssued(invoiceId, "EXT-" + invoiceId, "N-" + invoiceId.substring(0, 8), customerId, LocalDate.parse(issued),
                LocalDate.parse(due), money(amount, currency), itemType, null, null, null, null));
        return invoiceId;
    }

    public void paid(String invoiceId, String amount, String currency, String on) {
        publish(new PaymentApplied(invoiceId, "n/a", "P-" + UUID.randomUUID(), customerId, LocalDate.parse(on), money(amount, currency)));
    }

    public void unapplied(String invoiceId, String amount, String currency, String on) {
        publish(new PaymentUnapplied(invoiceId, "n/a", "P-" + UUID.randomUUID(), customerId, LocalDate.parse(on),
                money(amount, currency), "returned by the bank"));
    }

    public void credited(String invoiceId, String amount, String currency, String on) {
        publish(new InvoiceCredited(invoiceId, "n/a", customerId, "CM-" + UUID.randomUUID(), LocalDate.parse(on),
                money(amount, currency)));
    }

    public void writtenOff(String invoiceId, String amount, String currency, String on) {
        publish(new InvoiceWrittenOff(invoiceId, "n/a", customerId, LocalDate.parse(on), money(amount, currency), "insolvent",
                false, "finance.zhao"));
    }

    public void debited(String invoiceId, String amount, String currency, String on) {
        publish(new InvoiceDebited(invoiceId, "n/a", customerId, "D-" + UUID.randomUUID(), "EXT-D", LocalDate.parse(on),
                money(amount, currency), "freight"));
    }

    /** The customer paid {@code amount} on {@code on}, allocated to nothing yet; returns the payment's id. */
    public String received(String amount, String currency, String on) {
        String paymentId = "P-" + UUID.randomUUID();
        publish(new PaymentReceived(paymentId, "EXT-" + paymentId, customerId, LocalDate.parse(on), money(amount, currency), List.of()));
        return paymentId;
    }

    /** {@code amount} of the payment settled the invoice on {@code on}. */
    public EventEnvelope applied(String paymentId, String invoiceId, String amount, String currency, String on) {
        return publish(new PaymentApplied(invoiceId, "n/a", paymentId, customerId, LocalDate.parse(on), money(amount, currency),
                PaymentApplied.OLDEST_FIRST));
    }

    /** What the payment had settled on the invoice is its unapplied cash again as of {@code on}. */
    public void unapplied(String paymentId, String invoiceId, String amount, String currency, String on) {
        publish(new PaymentUnapplied(invoiceId, "n/a", paymentId, customerId, LocalDate.parse(on), money(amount, currency),
                "applied to the wrong invoice"));
    }

    /** The payment bounced on {@code on}. */
    public void reversed(String paymentId, String amount, String currency, String on) {
        publish(new PaymentReversed(paymentId, "EXT-" + paymentId, customerId, LocalDate.parse(on), money(amount, currency),
                "cheque bounced"));
    }

    /** Publishes the event in a new envelope and returns it, to deliver it again with {@link #send}. */
    public EventEnvelope publish(ReceivablesEvent event) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/receivables",
                event.getClass().getAnnotation(JsonTypeName.class).value(), customerId, Instant.parse("2013-03-01T09:00:00Z"),
                customerId, 0, "1", EnvelopeCodec.mapper().valueToTree(event));
        send(envelope);
        return envelope;
    }

    /** Delivers an envelope (again, as an at-least-once relay may) and waits until it is folded. */
    public static void send(EventEnvelope envelope) {
        TestTopics.create(ReceivablesTopics.EVENTS, 3);
        RecordMetadata sent;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            sent = producer.send(new ProducerRecord<>(ReceivablesTopics.EVENTS, envelope.customerId(), EnvelopeCodec.write(envelope))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> folded(sent));
    }

    private static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** Whether the serving version of the projection has folded past the record (it records no event ids: it is idempotent). */
    private static boolean folded(RecordMetadata record) throws SQLException {
        try (Connection c = TestStack.connect("credit"); PreparedStatement s = c.prepareStatement("""
                SELECT 1 FROM projection_checkpoint k JOIN projection_version v ON v.projection = ?
                WHERE k.projection = CASE WHEN v.serving_version = 1 THEN v.projection
                                          ELSE v.projection || '@v' || v.serving_version END
                  AND k.topic = ? AND k.partition = ? AND k.next_offset > ?""")) {
            s.setString(1, ReceivablesFactsProjection.NAME);
            s.setString(2, record.topic());
            s.setInt(3, record.partition());
            s.setLong(4, record.offset());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
