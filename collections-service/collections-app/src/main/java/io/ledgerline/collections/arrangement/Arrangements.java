package io.ledgerline.collections.arrangement;

import io.ledgerline.collections.api.v1.CollectionsEvent;
import io.ledgerline.collections.arrangement.ArrangementCommand.AgreePlan;
import io.ledgerline.collections.arrangement.ArrangementCommand.MakePromise;
import io.ledgerline.collections.arrangement.ArrangementCommand.Review;
import io.ledgerline.collections.ladder.OpenItem.Pause;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One customer's promises to pay and payment plans (id {@code arrangements/<customer id>}). Invariant: an item is under at
 * most one running arrangement; each promise is judged once, each installment met or missed once. The rules are
 * {@link ArrangementBook}'s; each command decides on a copy of the book and the events then evolve the book itself.
 */
public class Arrangements {

    /** What a review recorded, and the items its arrangements pause on the review's date. */
    public record Reviewed(List<CollectionsEvent> recorded, Map<String, Pause> pauses) {
    }

    @AggregateIdentifier
    private String id;
    private ArrangementBook book;

    protected Arrangements() {
        // for Axon: created by the customer's first promise or plan, rebuilt from events
    }

    public static String idOf(String customerId) {
        return "arrangements/" + customerId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public List<CollectionsEvent> handle(MakePromise command) {
        return applied(book(command.customerId()).copy().make(command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public List<CollectionsEvent> handle(AgreePlan command) {
        return applied(book(command.customerId()).copy().agree(command));
    }

    @CommandHandler
    public Reviewed handle(Review command) {
        List<CollectionsEvent> recorded = applied(book.copy().review(command));
        return new Reviewed(recorded, book.pausesOn(command.asOf()));
    }

    private ArrangementBook book(String customerId) {
        return book == null ? new ArrangementBook(customerId) : book;
    }

    private static List<CollectionsEvent> applied(List<CollectionsEvent> events) {
        events.forEach(AggregateLifecycle::apply);
        return events;
    }

    @EventSourcingHandler
    void on(CollectionsEvent event) {
        id = idOf(event.customerId());
        book = book(event.customerId());
        book.evolve(event);
    }
}
