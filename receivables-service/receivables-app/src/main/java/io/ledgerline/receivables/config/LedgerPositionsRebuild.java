package io.ledgerline.receivables.config;

import io.ledgerline.receivables.position.LedgerPositions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.Configuration;

/** At start, rebuilds the ledger positions from the event store when they are empty and the store is not. */
@Singleton
public class LedgerPositionsRebuild {

    @Inject
    Configuration axon;

    @Inject
    LedgerPositions positions;

    void onStart(@Observes StartupEvent start) {
        rebuildIfEmpty();
    }

    /** Returns how many stored events the rebuild read (zero when the positions were not empty). */
    public long rebuildIfEmpty() {
        return QuarkusTransaction.requiringNew().timeout(3600).call(() -> positions.rebuildIfEmpty(axon.eventStore()));
    }
}
