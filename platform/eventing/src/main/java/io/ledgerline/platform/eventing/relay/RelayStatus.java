package io.ledgerline.platform.eventing.relay;

import io.debezium.engine.DebeziumEngine;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/** What the relay's engine last reported: an engine that failed only logs, so readiness asks here. */
final class RelayStatus implements DebeziumEngine.ConnectorCallback {

    private static final Logger LOG = Logger.getLogger(RelayStatus.class);

    enum State { STARTING, STREAMING, FAILED, STOPPED }

    private final AtomicReference<State> state = new AtomicReference<>(State.STARTING);
    private final AtomicReference<String> failure = new AtomicReference<>();

    @Override
    public void taskStarted() {
        state.set(State.STREAMING);
        LOG.info("Relay is streaming the event store to Kafka");
    }

    @Override
    public void taskStopped() {
        state.compareAndSet(State.STREAMING, State.STOPPED);
    }

    DebeziumEngine.CompletionCallback completion() {
        return (success, message, error) -> {
            if (!success) {
                state.set(State.FAILED);
                failure.set(message);
                LOG.errorf(error, "Relay stopped: stored events are no longer published (%s)", message);
            } else {
                state.set(State.STOPPED);
            }
        };
    }

    State state() {
        return state.get();
    }

    String failure() {
        return failure.get();
    }
}
