package io.ledgerline.credit.book;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.CreditPolicyPublished;
import io.ledgerline.credit.book.BookCommand.PublishCreditPolicy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** Invariant: credit policy versions are numbered 1, 2, ... without gaps, and a published version never changes. */
public class CreditPolicyBook {

    public static final String ID = "credit-policies";

    @AggregateIdentifier
    private String bookId;
    private int latest;
    private CreditPolicyDefinition current;

    protected CreditPolicyBook() {
        // for Axon: created by the first publication, rebuilt from events
    }

    /** Publishes the next version, or nothing when the content equals the current version's. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Publication handle(PublishCreditPolicy command) {
        if (command.policy().equals(current)) {
            return new Publication(latest, false);
        }
        apply(new CreditPolicyPublished(latest + 1, command.publishedBy(), command.publishedOn(), command.policy()));
        return new Publication(latest, true);
    }

    @EventSourcingHandler
    void on(CreditPolicyPublished event) {
        bookId = ID;
        latest = event.policyVersion();
        current = event.policy();
    }
}
