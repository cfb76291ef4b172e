package io.ledgerline.collections.policy;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * At start-up, publishes the dunning policy shipped as YAML as version 1 when no version is published yet; a shipped file
 * that fails validation stops the start.
 */
@ApplicationScoped
public class ShippedPolicy {

    static final String PUBLISHER = "collections-service";

    @Inject
    DunningPolicies policies;

    @Inject
    Clock clock;

    void onStart(@Observes StartupEvent start) {
        if (policies.current().isEmpty()) {
            policies.publish(PolicyText.shipped(PolicyText.DEFAULT_POLICY), PUBLISHER, LocalDate.now(clock));
        }
    }
}
