package io.ledgerline.customer.performance;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a {@link CollectionTarget}. */
public sealed interface CollectionTargetCommand {

    /** {@code <period>/<scope>/<scopeId>}, e.g. {@code 2026-Q4/team/east-distribution}. */
    String targetId();

    /**
     * Set what {@code scopeId} should collect in {@code period}: {@code collect} in {@code currency}, at most
     * {@code maxOverdueRatio} of its receivables overdue and a DSO of at most {@code maxDso} days (both optional).
     */
    record SetCollectionTarget(
            TargetPeriod period,
            TargetScope scope,
            String scopeId,
            String currency,
            BigDecimal collect,
            BigDecimal maxOverdueRatio,
            BigDecimal maxDso,
            String setBy) implements CollectionTargetCommand {

        @Override
        public String targetId() {
            return CollectionTargetCommand.targetId(period, scope, scopeId);
        }

        @TargetAggregateIdentifier
        public String aggregateId() {
            return CollectionTarget.aggregateId(targetId());
        }
    }

    static String targetId(TargetPeriod period, TargetScope scope, String scopeId) {
        return period.label() + "/" + scope.parameter() + "/" + scopeId;
    }
}
