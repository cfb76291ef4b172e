package io.ledgerline.platform.eventing.projection;

import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * One projection's consumer thread, feeding its serving version. Each poll batch is folded in one
 * database transaction that also moves the version's checkpoint, so after a crash it resumes exactly
 * where its rows end. The Kafka group offset is only committed afterwards, for monitoring tools; it is
 * never read. Each batch first locks the projection's serving version (shared): when a rebuild has
 * switched in a new version, the batch is rolled back and the worker continues with the new version
 * from that version's checkpoints, on every instance.
 */
final class ProjectionWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(ProjectionWorker.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(1);

    private final Projection projection;
    private final DataSource dataSource;
    private final String home;
    private int version;
    private Checkpoints checkpoints;
    private final KafkaConsumer<String, byte[]> consumer;
    private final AtomicLong lag = new AtomicLong();
    private final Counter applied;
    private final Thread thread;
    private volatile boolean running = true;

    ProjectionWorker(Projection projection, int version, DataSource dataSource, String home, String bootstrapServers,
                     MeterRegistry metrics) {
        this.projection = projection;
        this.dataSource = dataSource;
        this.home = home;
        this.version = version;
        this.checkpoints = new Checkpoints(ProjectionVersions.key(projection.name(), version), home);
        this.consumer = new KafkaConsumer<>(consumerConfig(projection.name(), bootstrapServers));
        this.applied = Counter.builder("ledgerline.projection.events")
                .description("events folded into the projection")
                .tag("projection", projection.name()).register(metrics);
        Gauge.builder("ledgerline.projection.lag", lag, AtomicLong::get)
                .description("events on the projection's topics not yet folded into it")
                .tag("projection", projection.name()).register(metrics);
        this.thread = new Thread(this, "projection-" + projection.name());
    }

    String name() {
        return projection.name();
    }

    long lag() {
        return lag.get();
    }

    void start() {
        thread.start();
    }

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
        try {
            consumer.subscribe(projection.topics(), new ResumeFromCheckpoints());
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                if (!records.isEmpty()) {
                    foldOrRewind(records);
                }
                updateLag();
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Projection %s stopped: its read model no longer follows the log", projection.name());
        } finally {
            // Bounded: after a crash the group may still wait for the dead member, and stopping must not.
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void foldOrRewind(ConsumerRecords<String, byte[]> records) {
        try {
            fold(records);
            consumer.commitAsync();
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "Projection %s could not fold %d events; retrying from its last checkpoint",
                    projection.name(), records.count());
            rewind(records.partitions());
            pause(RETRY_AFTER_FAILURE);
        }
    }

    private void fold(ConsumerRecords<String, byte[]> records) throws SQLException {
        int folded;
        int serving;
        try (Connection tx = dataSource.getConnection()) {
            tx.setAutoCommit(false);
            try {
                serving = ProjectionVersions.lock(tx, home, projection.name(), false);
                if (serving != version) {
                    tx.rollback();
                    follow(serving);
                    return;
                }
                folded = fold(tx, projection, checkpoints, records);
                tx.commit();
            } catch (SQLException | RuntimeException e) {
                tx.rollback();
                throw e;
            }
        }
        applied.increment(folded);
    }

    /** A rebuild switched in {@code serving}: continue with its rows from its own checkpoints. */
    private void follow(int serving) {
        LOG.infof("Projection %s now feeds version %d, which a rebuild switched in; version %d is retired",
                projection.name(), serving, version);
        version = serving;
        checkpoints = new Checkpoints(ProjectionVersions.key(projection.name(), serving), home);
        rewind(consumer.assignment());
    }

    /**
     * Folds one poll batch with {@code tx}, which the caller commits: envelopes already folded under
     * this checkpoint key are skipped (for an {@link Projection#idempotent} projection only repeats within
     * the batch; its writes absorb the others), and the checkpoint moves past the batch. Returns how many were folded.
     */
    static int fold(Connection tx, Projection projection, Checkpoints checkpoints, ConsumerRecords<String, byte[]> records)
            throws SQLException {
        Map<TopicPartition, Long> next = new HashMap<>();
        List<EventEnvelope> read = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            EventEnvelope event = readOrSkip(projection, record);
            if (event != null) {
                read.add(event);
            }
        }
        Set<String> first = projection.idempotent() ? read.stream().map(EventEnvelope::id).collect(Collectors.toSet())
                : checkpoints.firstDeliveries(tx, read.stream().map(EventEnvelope::id).toList());
        List<EventEnvelope> fresh = new ArrayList<>(first.size());
        for (EventEnvelope event : read) {
            // first.remove: a record the relay delivered twice within this batch is folded once
            if (first.remove(event.id())) {
                fresh.add(event);
            }
        }
        if (!fresh.isEmpty()) {
            projection.applyAll(tx, fresh);
        }
        checkpoints.save(tx, next);
        return fresh.size();
    }

    /** A record that is not an envelope can never be folded; it is logged and passed, not retried forever. */
    private static EventEnvelope readOrSkip(Projection projection, ConsumerRecord<String, byte[]> record) {
        try {
            return EnvelopeCodec.read(record.value());
        } catch (EnvelopeCodec.MalformedEnvelopeException e) {
            LOG.errorf("Projection %s skipped an unreadable record at %s-%d@%d: %s",
                    projection.name(), record.topic(), record.partition(), record.offset(), e.getMessage());
            return null;
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
            throw new IllegalStateException("cannot read checkpoints of " + projection.name(), e);
        }
    }

    private void updateLag() {
        long total = 0;
        for (TopicPartition tp : consumer.assignment()) {
            total += consumer.currentLag(tp).orElse(0L);
        }
        lag.set(total);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Properties consumerConfig(String group, String bootstrapServers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        // A killed instance's partitions move to the survivors (or its restart) after 10 s, not 45 s.
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "3000");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    /** On every assignment, the database, not Kafka's group offset, says where to resume. */
    private final class ResumeFromCheckpoints implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                rewind(partitions);
                LOG.infof("Projection %s resumes %d partitions of %s from its checkpoints",
                        projection.name(), partitions.size(), projection.topics());
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Nothing to flush: every folded batch already committed with its checkpoint.
        }
    }
}
