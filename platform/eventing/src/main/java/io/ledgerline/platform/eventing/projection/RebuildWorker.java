package io.ledgerline.platform.eventing.projection;

import io.ledgerline.platform.eventing.projection.ProjectionRebuild.State;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Folds a projection's topics from offset 0 into a new version's own schema while the serving
 * version keeps answering reads, then switches it in. It reads every partition itself (no consumer
 * group, so only the instance that was asked rebuilds), keeps its own checkpoints under the new
 * version's key, and records its progress with each batch. Once it has read to the end of every
 * partition it swaps its tables in and makes its version the serving one in one transaction; the
 * live workers follow on their next batch. An instance that stops mid-rebuild discards it: the
 * copies may predate a migration the restart applied, so starting again from offset 0 is the only
 * safe resume.
 */
final class RebuildWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(RebuildWorker.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(1);
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** Long enough for a live batch in flight to commit. */
    private static final String WAIT_FOR_LIVE_BATCH = "5s";
    /**
     * How long the switch may hold reads back while waiting for those in flight. Shorter than PostgreSQL's
     * default deadlock_timeout (1 s), so if a read and the switch ever wait on each other, the switch is
     * the one that gives up (and tries again after the next batch), never the read.
     */
    private static final String WAIT_FOR_READS = "200ms";

    private final Projection projection;
    private final ProjectionRebuild rebuild;
    private final DataSource dataSource;
    private final String home;
    private final ShadowTables shadow;
    private final Rebuilds rebuilds;
    private final Checkpoints checkpoints;
    private final Connection owner;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Counter events;
    private final Consumer<RebuildWorker> ended;
    private final Thread thread;
    private volatile boolean running = true;
    private boolean analyzed;
    private boolean completed;

    /** {@code owner} holds the rebuild's ownership lock; this worker closes it when the rebuild ends. */
    RebuildWorker(Projection projection, ProjectionRebuild rebuild, DataSource dataSource, String home, Connection owner,
                  String bootstrapServers, MeterRegistry metrics, Consumer<RebuildWorker> ended) {
        this.projection = projection;
        this.rebuild = rebuild;
        this.dataSource = dataSource;
        this.home = home;
        this.owner = owner;
        this.ended = ended;
        this.shadow = shadowOf(projection, rebuild.version(), home);
        this.rebuilds = new Rebuilds(home);
        this.checkpoints = new Checkpoints(ProjectionVersions.key(projection.name(), rebuild.version()), home);
        this.consumer = new KafkaConsumer<>(bulkRead(ProjectionWorker.consumerConfig(
                projection.name() + ".rebuild-v" + rebuild.version(), bootstrapServers)));
        this.events = Counter.builder("ledgerline.projection.rebuild.events")
                .description("records of its topics a rebuild of the projection read into its new version")
                .tag("projection", projection.name()).register(metrics);
        this.thread = new Thread(this, "projection-rebuild-" + projection.name());
    }

    static ShadowTables shadowOf(Projection projection, int version, String home) {
        return new ShadowTables(home, ProjectionVersions.schema(projection.name(), version), projection.tables());
    }

    UUID id() {
        return rebuild.id();
    }

    void start() {
        thread.start();
    }

    /** Stops folding; a rebuild stopped before its switch is discarded. */
    void stop() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        String outcome = "the service stopped during the rebuild; ask for a new one";
        try {
            List<TopicPartition> partitions = partitions();
            consumer.assign(partitions);
            rewind(partitions);
            LOG.infof("Rebuilding projection %s as version %d from offset 0 of %s, while version %d keeps serving",
                    projection.name(), rebuild.version(), projection.topics(), rebuild.version() - 1);
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                if (!records.isEmpty() && !foldOrRewind(records)) {
                    return;
                }
                if (caughtUp() && switchIn()) {
                    return;
                }
            }
        } catch (WakeupException e) {
            if (running) {
                outcome = "its consumer was woken unexpectedly: " + e;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "Rebuild %s of projection %s failed; version %d was discarded and the serving version is untouched",
                    rebuild.id(), projection.name(), rebuild.version());
            outcome = "failed: " + e.getMessage();
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            discardIfBuilding(outcome);
            ended.accept(this);
        }
    }

    private List<TopicPartition> partitions() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : projection.topics()) {
            for (PartitionInfo p : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
        }
        return partitions;
    }

    /** False when the rebuild was ended by someone else (discarded), so this worker must stop. */
    private boolean foldOrRewind(ConsumerRecords<String, byte[]> records) {
        try {
            return fold(records);
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "Rebuild of projection %s could not fold %d events; retrying from its last checkpoint",
                    projection.name(), records.count());
            rewind(records.partitions());
            pause();
            return true;
        }
    }

    private boolean fold(ConsumerRecords<String, byte[]> records) throws SQLException {
        int folded;
        try (Connection tx = dataSource.getConnection()) {
            tx.setAutoCommit(false);
            try {
                if (rebuilds.lock(tx, rebuild.id()) != State.BUILDING) {
                    tx.rollback();
                    return false;
                }
                // The projection's unqualified table names now reach the copies and nothing else.
                execute(tx, "SET LOCAL search_path TO " + ProjectionVersions.quote(shadow.schema()));
                folded = ProjectionWorker.fold(tx, projection, checkpoints, records);
                rebuilds.progressed(tx, rebuild.id(), records.count(), behind().orElse(0));
                tx.commit();
            } catch (SQLException | RuntimeException e) {
                tx.rollback();
                throw e;
            }
        }
        events.increment(records.count());
        LOG.debugf("Rebuild of projection %s folded %d of %d events", projection.name(), folded, records.count());
        return true;
    }

    /** Lets the projection fill what it left out while building ({@link Projection#rebuilt}); false if the rebuild was ended. */
    private boolean complete() throws SQLException {
        try (Connection tx = dataSource.getConnection()) {
            tx.setAutoCommit(false);
            try {
                if (rebuilds.lock(tx, rebuild.id()) != State.BUILDING) {
                    tx.rollback();
                    return false;
                }
                execute(tx, "SET LOCAL search_path TO " + ProjectionVersions.quote(shadow.schema()));
                long started = System.nanoTime();
                projection.rebuilt(tx);
                tx.commit();
                LOG.infof("Rebuild of projection %s completed version %d in %d ms before its switch", projection.name(),
                        rebuild.version(), (System.nanoTime() - started) / 1_000_000);
            } catch (SQLException | RuntimeException e) {
                tx.rollback();
                throw e;
            }
        }
        return true;
    }

    /** Records between this worker's positions and the end of its partitions, as of its last fetch. */
    private OptionalLong behind() {
        long total = 0;
        for (TopicPartition tp : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(tp);
            if (lag.isEmpty()) {
                return OptionalLong.empty();
            }
            total += lag.getAsLong();
        }
        return OptionalLong.of(total);
    }

    private boolean caughtUp() {
        return behind().orElse(-1) == 0;
    }

    /**
     * Makes the new version the serving one, in one transaction: locks the serving version (waiting for live
     * batches in flight), swaps the tables in (waiting briefly for reads in flight), records the switch.
     * False if reads held the tables too long; the rebuild folds what arrived meanwhile and tries again.
     */
    private boolean switchIn() throws SQLException {
        if (!completed) {
            if (!complete()) {
                return true;
            }
            completed = true;
        }
        if (!analyzed) {
            try (Connection c = dataSource.getConnection()) {
                shadow.analyze(c);
            }
            analyzed = true;
        }
        int retired;
        try (Connection tx = dataSource.getConnection()) {
            tx.setAutoCommit(false);
            try {
                execute(tx, "SET LOCAL lock_timeout = '" + WAIT_FOR_LIVE_BATCH + "'");
                if (rebuilds.lock(tx, rebuild.id()) != State.BUILDING) {
                    tx.rollback();
                    return true;
                }
                retired = ProjectionVersions.lock(tx, home, projection.name(), true);
                execute(tx, "SET LOCAL lock_timeout = '" + WAIT_FOR_READS + "'");
                shadow.swapIn(tx);
                ProjectionVersions.serve(tx, home, projection.name(), rebuild.version());
                rebuilds.finish(tx, rebuild.id(), State.SWITCHED, null);
                tx.commit();
            } catch (SQLException e) {
                tx.rollback();
                if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    LOG.infof("Rebuild of projection %s waits for reads or a batch in flight before it switches",
                            projection.name());
                    return false;
                }
                throw e;
            }
        }
        try (Connection c = dataSource.getConnection()) {
            new Checkpoints(ProjectionVersions.key(projection.name(), retired), home).forget(c);
        }
        LOG.infof("Projection %s now serves version %d, rebuilt from offset 0; version %d was dropped",
                projection.name(), rebuild.version(), retired);
        return true;
    }

    private void discardIfBuilding(String detail) {
        try (Connection tx = dataSource.getConnection()) {
            tx.setAutoCommit(false);
            try {
                if (rebuilds.finish(tx, rebuild.id(), State.DISCARDED, detail)) {
                    shadow.drop(tx);
                    checkpoints.forget(tx);
                    LOG.infof("Rebuild %s of projection %s was discarded (%s); version %d was dropped, the serving version is untouched",
                            rebuild.id(), projection.name(), detail, rebuild.version());
                }
                tx.commit();
            } catch (SQLException | RuntimeException e) {
                tx.rollback();
                throw e;
            }
        } catch (SQLException e) {
            LOG.errorf(e, "Rebuild %s of projection %s could not be discarded now; the next start discards it",
                    rebuild.id(), projection.name());
        } finally {
            closeOwner();
        }
    }

    private void closeOwner() {
        try (owner) {
            // The pool keeps the session open, so the lock must be released, not just left to the close.
            Rebuilds.release(owner, rebuild.id());
        } catch (SQLException e) {
            LOG.warnf(e, "Rebuild %s of projection %s: its ownership lock ends with its connection", rebuild.id(),
                    projection.name());
        }
    }

    private void rewind(Collection<TopicPartition> partitions) {
        try (Connection c = dataSource.getConnection()) {
            Map<TopicPartition, Long> saved = checkpoints.load(c, partitions);
            for (TopicPartition tp : partitions) {
                Long offset = saved.get(tp);
                if (offset == null) {
                    consumer.seekToBeginning(List.of(tp));
                } else {
                    consumer.seek(tp, offset);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the rebuild checkpoints of " + projection.name(), e);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_AFTER_FAILURE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A rebuild reads the whole log: bigger polls mean fewer, bigger transactions and batch statements. */
    private static Properties bulkRead(Properties config) {
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, Integer.toString(256 * 1024));
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        return config;
    }
}
