package io.ledgerline.collections.policy;

import io.ledgerline.collections.api.v1.DunningPolicyDefinition;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of the dunning policy book: publish a new version. */
public sealed interface PolicyCommand {

    /** Publish a validated dunning policy as the next version of the {@link DunningPolicyBook}. */
    record PublishDunningPolicy(@TargetAggregateIdentifier String bookId, DunningPolicyDefinition policy, String publishedBy,
                                LocalDate publishedOn) implements PolicyCommand {
    }
}
