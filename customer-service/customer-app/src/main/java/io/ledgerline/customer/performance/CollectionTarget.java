package io.ledgerline.customer.performance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.customer.api.v1.CollectionTargetSet;
import io.ledgerline.customer.performance.CollectionTargetCommand.SetCollectionTarget;
import java.math.BigDecimal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * Invariant: one current target per period, scope and scope id; setting the same terms again records nothing
 * (whoever sets them), other terms replace the current ones and the earlier ones stay in the log.
 */
public class CollectionTarget {

    /** Aggregate ids share the event store with customer ids, which never contain '/'. */
    private static final String ID_PREFIX = "collection-target/";

    @AggregateIdentifier
    private String aggregateId;
    private String currency;
    private BigDecimal collect;
    private BigDecimal maxOverdueRatio;
    private BigDecimal maxDso;

    protected CollectionTarget() {
        // for Axon: a new target is created when first set, a known one sourced from its events
    }

    public static String aggregateId(String targetId) {
        return ID_PREFIX + targetId;
    }

    /** Returns whether the terms changed. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(SetCollectionTarget command) {
        if (aggregateId != null && command.currency().equals(currency) && same(command.collect(), collect)
                && same(command.maxOverdueRatio(), maxOverdueRatio) && same(command.maxDso(), maxDso)) {
            return false;
        }
        apply(new CollectionTargetSet(command.targetId(), command.period().label(), command.scope().parameter(),
                command.scopeId(), command.currency(), command.collect(), command.maxOverdueRatio(), command.maxDso(),
                command.setBy()));
        return true;
    }

    @EventSourcingHandler
    void on(CollectionTargetSet event) {
        aggregateId = aggregateId(event.targetId());
        currency = event.currency();
        collect = event.collect();
        maxOverdueRatio = event.maxOverdueRatio();
        maxDso = event.maxDso();
    }

    /** 45 and 45.00 days are the same term. */
    private static boolean same(BigDecimal asked, BigDecimal current) {
        return asked == null ? current == null : current != null && asked.compareTo(current) == 0;
    }
}
