package io.ledgerline.collections.policy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.collections.api.v1.DunningPolicyDefinition;
import io.ledgerline.collections.api.v1.DunningPolicyPublished;
import io.ledgerline.collections.policy.PolicyCommand.PublishDunningPolicy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** Invariant: dunning policy versions are numbered 1, 2, ... without gaps, and a published version never changes. */
public class DunningPolicyBook {

    public static final String ID = "dunning-policies";

    @AggregateIdentifier
    private String bookId;
    private int latest;
    private DunningPolicyDefinition current;

    protected DunningPolicyBook() {
        // for Axon: created by the first publication, rebuilt from events
    }

    /** Publishes the next version, or nothing when the content equals the current version's. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Publication handle(PublishDunningPolicy command) {
        if (command.policy().equals(current)) {
            return new Publication(latest, false);
        }
        apply(new DunningPolicyPublished(latest + 1, command.publishedBy(), command.publishedOn(), command.policy()));
        return new Publication(latest, true);
    }

    @EventSourcingHandler
    void on(DunningPolicyPublished event) {
        bookId = ID;
        latest = event.policyVersion();
        current = event.policy();
    }
}
