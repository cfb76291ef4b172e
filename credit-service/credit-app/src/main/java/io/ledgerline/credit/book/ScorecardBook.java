package io.ledgerline.credit.book;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.credit.api.v1.ScorecardDefinition;
import io.ledgerline.credit.api.v1.ScorecardPublished;
import io.ledgerline.credit.book.BookCommand.PublishScorecard;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** Invariant: scorecard versions are numbered 1, 2, ... without gaps, and a published version never changes. */
public class ScorecardBook {

    public static final String ID = "scorecards";

    @AggregateIdentifier
    private String bookId;
    private int latest;
    private ScorecardDefinition current;

    protected ScorecardBook() {
        // for Axon: created by the first publication, rebuilt from events
    }

    /** Publishes the next version, or nothing when the content equals the current version's. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Publication handle(PublishScorecard command) {
        if (command.scorecard().equals(current)) {
            return new Publication(latest, false);
        }
        apply(new ScorecardPublished(latest + 1, command.publishedBy(), command.publishedOn(), command.scorecard()));
        return new Publication(latest, true);
    }

    @EventSourcingHandler
    void on(ScorecardPublished event) {
        bookId = ID;
        latest = event.scorecardVersion();
        current = event.scorecard();
    }
}
