package io.ledgerline.collections.attribution;

import io.ledgerline.collections.api.v1.PaymentAttributed;
import io.ledgerline.collections.attribution.AttributionCommand.AttributePayments;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One customer's payment attribution (id {@code attribution/<customer id>}). Invariant: each payment is attributed once, to
 * the touches of its window as known when attributed. The rules are {@link AttributionBook}'s.
 */
public class Attribution {

    @AggregateIdentifier
    private String id;
    private AttributionBook book;

    protected Attribution() {
        // for Axon: created by the customer's first payment to attribute, rebuilt from events
    }

    public static String idOf(String customerId) {
        return "attribution/" + customerId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public List<PaymentAttributed> handle(AttributePayments command) {
        List<PaymentAttributed> events = book(command.customerId()).copy().attribute(command);
        events.forEach(AggregateLifecycle::apply);
        return events;
    }

    private AttributionBook book(String customerId) {
        return book == null ? new AttributionBook(customerId) : book;
    }

    @EventSourcingHandler
    void on(PaymentAttributed event) {
        id = idOf(event.customerId());
        book = book(event.customerId());
        book.evolve(event);
    }
}
