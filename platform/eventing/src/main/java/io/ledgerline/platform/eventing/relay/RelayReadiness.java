package io.ledgerline.platform.eventing.relay;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while stored events actually flow to Kafka. */
@Readiness
@Singleton
@IfBuildProperty(name = "ledgerline.relay.enabled", stringValue = "true")
public class RelayReadiness implements HealthCheck {

    @Inject
    EventStoreRelay relay;

    @Override
    public HealthCheckResponse call() {
        RelayStatus status = relay.status();
        return HealthCheckResponse.named("event-store-relay")
                .status(status.state() == RelayStatus.State.STREAMING)
                .withData("state", status.state().name())
                .withData("failure", String.valueOf(status.failure()))
                .build();
    }
}
