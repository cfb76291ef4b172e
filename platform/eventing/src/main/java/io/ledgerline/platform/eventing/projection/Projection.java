package io.ledgerline.platform.eventing.projection;

import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A read model fed from Kafka topics. Declare an implementation as a CDI bean and the
 * {@link ProjectionRunner} consumes its topics, calling {@link #apply} inside one database
 * transaction per poll batch that also stores the topic/partition/offset checkpoint. A crash
 * therefore neither loses an event nor counts it twice. Events the relay delivered more than
 * once (same envelope id) are filtered out before {@code apply} sees them (by an {@link #idempotent}
 * projection's own writes). Ops can rebuild a
 * projection from offset 0 without stopping its reads, see {@link #tables()}.
 */
public interface Projection {

    /** A stable name: the checkpoint key and the Kafka consumer group, e.g. {@code reporting.aging}. */
    String name();

    /** The topics this projection reads, e.g. {@code ledgerline.receivables.events}. */
    List<String> topics();

    /**
     * Folds one event into the projection's tables using {@code tx}; do not commit or close it.
     * Unknown event types must be ignored so that new event types never stop a projection.
     */
    void apply(Connection tx, EventEnvelope event) throws SQLException;

    /**
     * True when every write of {@link #apply} is idempotent on its own key (a repeated event changes nothing),
     * so the runner need not record every event id it folded: it then only drops repeats within one batch.
     * Saves a row per event in {@code projection_processed_event}, the biggest cost of a rebuild.
     */
    default boolean idempotent() {
        return false;
    }

    /**
     * Folds one poll batch, in log order per partition, using {@code tx}; do not commit or close it. By
     * default each event through {@link #apply}; a projection that can write a batch in fewer statements
     * overrides this, with the same result as applying the events one by one.
     */
    default void applyAll(Connection tx, List<EventEnvelope> events) throws SQLException {
        for (EventEnvelope event : events) {
            apply(tx, event);
        }
    }

    /**
     * Called once when a rebuild has read its topics to the end, before it first tries to switch, with
     * {@code tx}'s {@code search_path} on the new version's tables only; do not commit or close it. A
     * projection that leaves derived rows out while its new version is built fills them here in bulk; what
     * arrives afterwards is folded as usual. Does nothing by default.
     */
    default void rebuilt(Connection tx) throws SQLException {
    }

    /**
     * The tables {@link #apply} writes, unqualified, as Flyway created them in the service's schema.
     * A rebuild ({@link ProjectionRunner#rebuild}) copies their definitions (columns, defaults, checks,
     * keys, indexes, each under its own name) into a schema of its own, folds the log into the copies
     * with {@code search_path} set to that schema only, and swaps them in. A projection that declares
     * none cannot be rebuilt. Foreign keys and views over these tables are not supported.
     */
    default List<String> tables() {
        return List.of();
    }
}
