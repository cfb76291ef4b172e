package io.ledgerline.credit.book;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of the versioned books of decisions: publish a new version. */
public sealed interface BookCommand {

    /** Publish a validated scorecard as the next version of the {@link ScorecardBook}. */
    record PublishScorecard(@TargetAggregateIdentifier String bookId, ScorecardDefinition scorecard, String publishedBy,
                            LocalDate publishedOn) implements BookCommand {
    }

    /** Publish a validated credit policy as the next version of the {@link CreditPolicyBook}. */
    record PublishCreditPolicy(@TargetAggregateIdentifier String bookId, CreditPolicyDefinition policy, String publishedBy,
                               LocalDate publishedOn) implements BookCommand {
    }
}
