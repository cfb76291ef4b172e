package io.ledgerline.receivables.position;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.receivables.api.v1.DisputeOpened;
import io.ledgerline.receivables.api.v1.DisputeResolved;
import io.ledgerline.receivables.api.v1.InvoiceCredited;
import io.ledgerline.receivables.api.v1.InvoiceDebited;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.InvoiceWrittenOff;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.api.v1.PaymentReceived;
import io.ledgerline.receivables.api.v1.PaymentReversed;
import io.ledgerline.receivables.api.v1.PaymentUnapplied;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.jboss.logging.Logger;

/**
 * The ledger's positions (open receivable items, each payment's cash and what it applied where),
 * moved by the events in the same transaction that stores them: a subscribing handler, so cash
 * application reads positions that already include its own last step. Thrown away and rebuilt from
 * the event store by {@link #rebuild}.
 */
@Singleton
public class LedgerPositions {

    private static final Logger LOG = Logger.getLogger(LedgerPositions.class);
    private static final String TABLES = "receivable_item, open_dispute, payment_cash, cash_applied";

    @Inject
    AgroalDataSource dataSource;

    @EventHandler
    void on(InvoiceIssued e) {
        update("""
                INSERT INTO receivable_item (invoice_id, customer_id, invoice_number, item_type, currency, issue_date, due_date,
                                             amount, open_amount, disputed_amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING""",
                e.invoiceId(), e.customerId(), e.invoiceNumber(), e.itemType() == null ? InvoiceIssued.INVOICE : e.itemType(),
                e.amount().currency(), e.issueDate(), e.dueDate(), e.amount().amount(), e.amount().amount());
    }

    @EventHandler
    void on(InvoiceDebited e) {
        update("UPDATE receivable_item SET amount = amount + ?, open_amount = open_amount + ? WHERE invoice_id = ?",
                e.amount().amount(), e.amount().amount(), e.invoiceId());
    }

    @EventHandler
    void on(InvoiceCredited e) {
        openMinus(e.invoiceId(), e.amount().amount());
    }

    @EventHandler
    void on(InvoiceWrittenOff e) {
        openMinus(e.invoiceId(), e.amount().amount());
    }

    @EventHandler
    void on(DisputeOpened e) {
        update("INSERT INTO open_dispute (dispute_id, invoice_id, amount) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                e.disputeId(), e.invoiceId(), e.amount().amount());
        update("UPDATE receivable_item SET disputed_amount = disputed_amount + ? WHERE invoice_id = ?",
                e.amount().amount(), e.invoiceId());
    }

    @EventHandler
    void on(DisputeResolved e) {
        update("""
                WITH resolved AS (DELETE FROM open_dispute WHERE dispute_id = ? RETURNING invoice_id, amount)
                UPDATE receivable_item r SET disputed_amount = r.disputed_amount - resolved.amount
                FROM resolved WHERE r.invoice_id = resolved.invoice_id""", e.disputeId());
    }

    @EventHandler
    void on(PaymentReceived e) {
        String reference = e.remittanceReference();
        update("""
                INSERT INTO payment_cash (payment_id, external_id, customer_id, currency, amount, applied, received_date,
                                          remittance_reference, allocated)
                VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?) ON CONFLICT DO NOTHING""",
                e.paymentId(), e.externalId(), e.customerId(), e.amount().currency(), e.amount().amount(), e.receivedDate(),
                reference == null ? null : reference.substring(0, Math.min(500, reference.length())), !e.allocations().isEmpty());
    }

    @EventHandler
    void on(PaymentApplied e) {
        BigDecimal amount = e.amount().amount();
        openMinus(e.invoiceId(), amount);
        update("UPDATE payment_cash SET applied = applied + ? WHERE payment_id = ?", amount, e.paymentId());
        update("""
                INSERT INTO cash_applied (payment_id, invoice_id, method, amount) VALUES (?, ?, ?, ?)
                ON CONFLICT (payment_id, invoice_id, method) DO UPDATE SET amount = cash_applied.amount + excluded.amount""",
                e.paymentId(), e.invoiceId(), e.method() == null ? PaymentApplied.ALLOCATION : e.method(), amount);
    }

    @EventHandler
    void on(PaymentUnapplied e) {
        BigDecimal amount = e.amount().amount();
        openMinus(e.invoiceId(), amount.negate());
        update("UPDATE payment_cash SET applied = applied - ? WHERE payment_id = ?", amount, e.paymentId());
    }

    @EventHandler
    void on(PaymentReversed e) {
        update("UPDATE payment_cash SET reversed_on = ? WHERE payment_id = ?", e.reversedOn(), e.paymentId());
    }

    /**
     * Rebuilds the positions from the first stored event when they are empty but the store is not
     * (a new deployment of this read model, or tables cleared by ops). Runs in the caller's
     * transaction, holding the tables so that no command moves them meanwhile; returns how many
     * events it read, zero when there was nothing to rebuild.
     */
    public long rebuildIfEmpty(StreamableMessageSource<TrackedEventMessage<?>> events) {
        if (count("SELECT count(*) FROM (SELECT 1 FROM receivable_item LIMIT 1) i") > 0
                || count("SELECT count(*) FROM (SELECT 1 FROM payment_cash LIMIT 1) p") > 0) {
            return 0;
        }
        return rebuild(events);
    }

    /** Clears the positions and replays every stored event through the same handlers, in the caller's transaction. */
    public long rebuild(StreamableMessageSource<TrackedEventMessage<?>> events) {
        TrackingToken headToken = events.createHeadToken();
        OptionalLong head = headToken == null ? OptionalLong.empty() : headToken.position();
        execute("LOCK TABLE " + TABLES + " IN EXCLUSIVE MODE");
        execute("TRUNCATE " + TABLES);
        if (head.isEmpty()) {
            return 0;
        }
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(this);
        long read = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            long position = -1;
            while (position < head.getAsLong()) {
                if (!stream.hasNextAvailable(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the event store stopped at position " + position + " before its head " + head.getAsLong());
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                handlers.handle(event);
                read++;
                position = positionOf(event.trackingToken(), position);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuilding the ledger positions was interrupted", e);
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException("cannot rebuild the ledger positions", e);
        }
        LOG.infof("Rebuilt the ledger positions from %d stored events", read);
        return read;
    }

    private static long positionOf(TrackingToken token, long previous) {
        return token == null ? previous : token.position().orElse(previous);
    }

    private void openMinus(String invoiceId, BigDecimal amount) {
        update("UPDATE receivable_item SET open_amount = open_amount - ? WHERE invoice_id = ?", amount, invoiceId);
    }

    private void update(String sql, Object... arguments) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                Object argument = arguments[i];
                s.setObject(i + 1, argument instanceof LocalDate date ? Date.valueOf(date) : argument);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot move the ledger positions: " + e.getMessage(), e);
        }
    }

    private void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the ledger positions for a rebuild", e);
        }
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the ledger positions", e);
        }
    }
}
