package io.ledgerline.platform.eventing.relay;

import io.agroal.api.AgroalDataSource;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.ChangeEvent;
import io.debezium.embedded.Connect;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.kafka.EventTopics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.source.SourceRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The event store is the outbox: Debezium tails {@code domain_event_entry} through the service's
 * own logical replication slot and this relay publishes each stored event as an envelope keyed by
 * customer id (by aggregate id for an event that names no customer). Debezium's offsets (kept in
 * PostgreSQL) advance only after Kafka acknowledged the whole batch, so an event that committed is
 * published at least once, even across a crash.
 */
@Startup
@Singleton
@IfBuildProperty(name = "ledgerline.relay.enabled", stringValue = "true")
public class EventStoreRelay {

    private static final Logger LOG = Logger.getLogger(EventStoreRelay.class);
    private static final String HEARTBEAT_TABLE = "relay_heartbeat";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "ledgerline.relay.topic")
    String topic;

    @ConfigProperty(name = "ledgerline.relay.source")
    String source;

    @ConfigProperty(name = "ledgerline.relay.slot")
    String slot;

    @ConfigProperty(name = "ledgerline.kafka.topic-partitions", defaultValue = "6")
    int partitions;

    @ConfigProperty(name = "ledgerline.kafka.bootstrap-servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private final RelayStatus status = new RelayStatus();
    private KafkaProducer<String, byte[]> producer;
    private DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> engine;
    private ExecutorService executor;
    private StoredEventMapper mapper;
    private Counter published;

    @PostConstruct
    void start() throws Exception {
        EventTopics.ensure(bootstrapServers, topic, partitions);
        ReplicationSlot.ensure(dataSource, slot, publication(),
                StoredEventMapper.EVENT_TABLE + ", " + HEARTBEAT_TABLE);
        mapper = new StoredEventMapper(source);
        published = Counter.builder("ledgerline.relay.published")
                .description("stored events published to Kafka")
                .tag("topic", topic).register(metrics);
        Gauge.builder("ledgerline.relay.slot.lag.bytes", this, EventStoreRelay::slotLagBytes)
                .description("WAL the relay's replication slot still holds: stored events (or heartbeats) not yet confirmed published")
                .tag("slot", slot).register(metrics);
        producer = new KafkaProducer<>(producerConfig());
        engine = DebeziumEngine.create(Connect.class)
                .using(engineConfig())
                .using(status)
                .using(status.completion())
                .notifying(this::publish)
                .build();
        executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "relay-" + slot));
        executor.execute(engine);
        LOG.infof("Relay %s started: stored events go to %s", slot, topic);
    }

    @PreDestroy
    void stop() throws IOException, InterruptedException {
        if (engine != null) {
            engine.close();
        }
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(30, TimeUnit.SECONDS);
        }
        if (producer != null) {
            producer.close();
        }
    }

    RelayStatus status() {
        return status;
    }

    private void publish(List<ChangeEvent<SourceRecord, SourceRecord>> batch,
                         DebeziumEngine.RecordCommitter<ChangeEvent<SourceRecord, SourceRecord>> committer)
            throws InterruptedException {
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (ChangeEvent<SourceRecord, SourceRecord> change : batch) {
            Optional<EventEnvelope> envelope = mapper.map(change.value().value());
            envelope.ifPresent(e -> sends.add(producer.send(
                    new ProducerRecord<>(topic, StoredEventMapper.key(e), EnvelopeCodec.write(e)))));
        }
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        } catch (ExecutionException e) {
            // Offsets stay where they are: the engine stops and the batch is read again on restart.
            throw new IllegalStateException("Kafka refused stored events; nothing of this batch is marked published", e.getCause());
        }
        for (ChangeEvent<SourceRecord, SourceRecord> change : batch) {
            committer.markProcessed(change);
        }
        committer.markBatchFinished();
        published.increment(sends.size());
        if (!sends.isEmpty()) {
            LOG.debugf("Published %d stored events to %s", sends.size(), topic);
        }
    }

    private double slotLagBytes() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)
                     FROM pg_replication_slots WHERE slot_name = ?""")) {
            s.setString(1, slot);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getDouble(1) : Double.NaN;
            }
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    private String publication() {
        return slot + "_pub";
    }

    private Properties producerConfig() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, slot + "-relay");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    private Properties engineConfig() {
        PostgresAddress db = PostgresAddress.parse(jdbcUrl);
        Properties p = new Properties();
        p.setProperty("name", slot + "-relay");
        p.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        p.setProperty("topic.prefix", slot);
        p.setProperty("database.hostname", db.host());
        p.setProperty("database.port", Integer.toString(db.port()));
        p.setProperty("database.dbname", db.database());
        p.setProperty("database.user", user);
        p.setProperty("database.password", password.orElse(""));
        p.setProperty("plugin.name", "pgoutput");
        p.setProperty("slot.name", slot);
        p.setProperty("publication.name", publication());
        p.setProperty("publication.autocreate.mode", "disabled");
        p.setProperty("table.include.list", "public." + StoredEventMapper.EVENT_TABLE + ",public." + HEARTBEAT_TABLE);
        p.setProperty("snapshot.mode", "no_data");
        p.setProperty("poll.interval.ms", "10");
        p.setProperty("slot.retry.delay.ms", "500");
        p.setProperty("statistics.metrics.enabled", "false");
        p.setProperty("decimal.handling.mode", "string");
        p.setProperty("tombstones.on.delete", "false");
        p.setProperty("max.batch.size", "2048");
        p.setProperty("heartbeat.interval.ms", "10000");
        p.setProperty("heartbeat.action.query", "INSERT INTO " + HEARTBEAT_TABLE
                + " (id, beat_at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET beat_at = excluded.beat_at");
        p.setProperty("offset.storage", "io.debezium.storage.jdbc.offset.JdbcOffsetBackingStore");
        p.setProperty("offset.storage.jdbc.connection.url", jdbcUrl);
        p.setProperty("offset.storage.jdbc.connection.user", user);
        p.setProperty("offset.storage.jdbc.connection.password", password.orElse(""));
        p.setProperty("offset.storage.jdbc.table.name", "relay_offset");
        p.setProperty("offset.flush.interval.ms", "0");
        return p;
    }
}
