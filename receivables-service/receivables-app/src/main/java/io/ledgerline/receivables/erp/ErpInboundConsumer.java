package io.ledgerline.receivables.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.eventing.kafka.EventTopics;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.receivables.refusal.Refusals;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Books what ERP systems push on {@link ErpTopics#INBOUND} exactly like the batch endpoint does,
 * idempotent on externalId. A record that cannot be booked (unreadable, invalid, refused by a rule)
 * goes to {@link ErpTopics#DEAD_LETTERS} and the consumer keeps going; a failure of the service itself
 * (database down) is retried from the same offset instead, so nothing is dead-lettered by accident.
 * Offsets are committed only after every record of the poll was booked or dead-lettered.
 */
@Startup
@Singleton
@IfBuildProperty(name = "ledgerline.erp.kafka.enabled", stringValue = "true")
public class ErpInboundConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(ErpInboundConsumer.class);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(2);

    @Inject
    ErpIngestion ingestion;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "ledgerline.kafka.bootstrap-servers")
    String bootstrapServers;

    @ConfigProperty(name = "ledgerline.kafka.topic-partitions", defaultValue = "6")
    int partitions;

    private KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    private volatile boolean running = true;

    @PostConstruct
    void start() {
        EventTopics.ensure(bootstrapServers, ErpTopics.INBOUND, partitions);
        EventTopics.ensure(bootstrapServers, ErpTopics.DEAD_LETTERS, partitions);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "receivables.erp-inbound");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        thread = new Thread(this, "erp-inbound");
        thread.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(30).toMillis());
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(ErpTopics.INBOUND));
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    bookOrRetry(records);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "ERP inbound consumer stopped: messages on %s are no longer booked", ErpTopics.INBOUND);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void bookOrRetry(ConsumerRecords<String, byte[]> records) {
        try {
            book(records);
            consumer.commitSync();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not book %d ERP messages from %s; retrying from the same offsets", records.count(), ErpTopics.INBOUND);
            for (TopicPartition tp : records.partitions()) {
                consumer.seek(tp, records.records(tp).get(0).offset());
            }
            pause();
        }
    }

    private void book(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> accepted = new ArrayList<>();
        List<ErpIngestion.Booking> bookings = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                JsonNode item = read(record);
                if (CustomerForwarding.KIND.equals(item.path("kind").asText())) {
                    // customers are customer-service's: it consumes this topic in its own group and dead-letters its refusals
                    count("ignored", 1);
                    continue;
                }
                bookings.add(ingestion.bookingOf(item));
                accepted.add(record);
            } catch (RuntimeException refused) {
                deadLetter(record, refused);
            }
        }
        List<ErpIngestion.Result> results = ingestion.bookAll(bookings);
        for (int i = 0; i < results.size(); i++) {
            ErpIngestion.Result result = results.get(i);
            if (result.refusal() != null) {
                deadLetter(accepted.get(i), result.refusal());
            }
        }
        count("booked", results.stream().filter(r -> r.refusal() == null).count());
    }

    private JsonNode read(ConsumerRecord<String, byte[]> record) {
        try {
            return json.readTree(record.value());
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(Problem.of(400, "malformed-json", "Malformed JSON",
                    "the record is not JSON: " + e.getMessage(), null));
        }
    }

    /** Refusals are dead-lettered; anything else is the service's own failure and is rethrown for a retry. */
    private void deadLetter(ConsumerRecord<String, byte[]> record, RuntimeException refusal) {
        RuntimeException asProblem = Refusals.problem(refusal);
        if (!(asProblem instanceof ProblemException problem)) {
            throw refusal;
        }
        deadLetters.send(record, problem.problem());
        LOG.warnf("ERP message %s-%d@%d refused and dead-lettered: %s",
                record.topic(), record.partition(), record.offset(), problem.problem().detail());
        count("dead-lettered", 1);
    }

    private void count(String outcome, long n) {
        metrics.counter("ledgerline.erp.inbound.messages", "outcome", outcome).increment(n);
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_AFTER_FAILURE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
