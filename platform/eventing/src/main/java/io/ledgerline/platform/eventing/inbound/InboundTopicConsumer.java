package io.ledgerline.platform.eventing.inbound;

import io.ledgerline.platform.eventing.kafka.EventTopics;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * One consumer thread on topics other systems push to. Every record ends handled, or refused and parked
 * unchanged on a dead-letter topic with its problem in headers ({@link DeadLetterHeaders}); a failure of
 * the service itself (its handler throws, or Kafka does not take the dead letter) is retried from the
 * same offset after a pause instead, so nothing is dead-lettered by accident. Offsets are committed
 * only after handling. Each outcome is counted in one metric, tagged {@code outcome}: the handler's
 * labels, {@code dead-lettered} and {@code retried}.
 */
public final class InboundTopicConsumer {

    /** Handles one record: its outcome, or an exception to retry it (and the rest of its partition) later. */
    @FunctionalInterface
    public interface RecordHandler {
        InboundOutcome handle(ConsumerRecord<String, byte[]> record);
    }

    /**
     * Handles a whole poll at once, for services that book many records per transaction: one outcome per
     * record, in order, or an exception to retry the whole poll from its first offsets.
     */
    @FunctionalInterface
    public interface PollHandler {
        List<InboundOutcome> handle(List<ConsumerRecord<String, byte[]>> records);
    }

    private static final Logger LOG = Logger.getLogger(InboundTopicConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(30);
    private static final Duration CLOSE_WITHIN = Duration.ofSeconds(5);

    private final String name;
    private final String subject;
    private final List<String> topics;
    private final String group;
    private final MeterRegistry metrics;
    private final String metricName;
    private final String deadLetterTopic;
    private final String refusedBy;
    private final Duration retryAfter;
    private final RecordHandler recordHandler;
    private final PollHandler pollHandler;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> deadLetters;
    private final Thread thread;
    private volatile boolean running = true;

    private InboundTopicConsumer(Builder settings, RecordHandler recordHandler, PollHandler pollHandler) {
        this.name = settings.name;
        this.subject = settings.subject;
        this.topics = settings.topics;
        this.group = settings.group;
        this.metrics = settings.metrics;
        this.metricName = settings.metricName;
        this.deadLetterTopic = settings.deadLetterTopic;
        this.refusedBy = settings.refusedBy;
        this.retryAfter = settings.retryAfter;
        this.recordHandler = recordHandler;
        this.pollHandler = pollHandler;
        for (String topic : settings.topics) {
            EventTopics.ensure(settings.bootstrapServers, topic, settings.partitions);
        }
        if (settings.deadLetterTopic != null) {
            EventTopics.ensure(settings.bootstrapServers, settings.deadLetterTopic, settings.partitions);
        }
        this.consumer = new KafkaConsumer<>(consumerConfig(settings));
        this.deadLetters = settings.deadLetterTopic == null ? null : new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        this.thread = new Thread(this::consume, settings.name);
    }

    /**
     * Starts describing a consumer: {@code name} names its thread, {@code subject} is what one record is
     * in business terms, for the logs ("ERP customer", "risk signal").
     */
    public static Builder named(String name, String subject) {
        return new Builder(name, subject);
    }

    /** Where a record stands, as logs and the {@link DeadLetterHeaders#SOURCE} header say it. */
    public static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    /** Stops after the record in hand, commits what was handled and closes; waits up to 30 seconds. */
    public void stop() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(STOP_WITHIN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (deadLetters != null) {
            deadLetters.close(CLOSE_WITHIN);
        }
    }

    private void consume() {
        try {
            consumer.subscribe(topics);
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                boolean done = records.isEmpty() || (pollHandler == null ? settleEach(records) : settleAll(records));
                if (!done) {
                    // the database or Kafka is likely away; give it a moment instead of spinning on the same records
                    Thread.sleep(retryAfter.toMillis());
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Consumer %s stopped: %s records on %s are no longer handled", name, subject,
                    topics);
        } finally {
            consumer.close(CloseOptions.timeout(CLOSE_WITHIN));
        }
    }

    /** Record by record: a failure rewinds its partition to that record; what came before is committed. */
    private boolean settleEach(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
        boolean failed = false;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                if (!settle(record)) {
                    consumer.seek(partition, record.offset());
                    failed = true;
                    break;
                }
                handled.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!handled.isEmpty()) {
            consumer.commitSync(handled);
        }
        return !failed;
    }

    private boolean settle(ConsumerRecord<String, byte[]> record) {
        InboundOutcome outcome;
        try {
            outcome = recordHandler.handle(record);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not handle the %s at %s; retrying", subject, position(record));
            count("retried");
            return false;
        }
        return conclude(record, outcome);
    }

    /** The whole poll at once: any failure rewinds every partition to the poll's first offsets. */
    private boolean settleAll(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>(records.count());
        records.forEach(all::add);
        try {
            List<InboundOutcome> outcomes = pollHandler.handle(all);
            if (outcomes.size() != all.size()) {
                throw new IllegalStateException(outcomes.size() + " outcomes for " + all.size() + " records");
            }
            for (int i = 0; i < all.size(); i++) {
                if (!conclude(all.get(i), outcomes.get(i))) {
                    rewind(records);
                    return false;
                }
            }
            consumer.commitSync();
            return true;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not handle %d %s records from %s; retrying from the same offsets", all.size(),
                    subject, topics);
            count("retried");
            rewind(records);
            return false;
        }
    }

    private void rewind(ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }

    /** Counts a handled record or dead-letters a refused one; false (retry) when Kafka does not take the dead letter. */
    private boolean conclude(ConsumerRecord<String, byte[]> record, InboundOutcome outcome) {
        if (outcome instanceof InboundOutcome.Refused refused) {
            return deadLetter(record, refused);
        }
        count(((InboundOutcome.Handled) outcome).label());
        return true;
    }

    private boolean deadLetter(ConsumerRecord<String, byte[]> refused, InboundOutcome.Refused problem) {
        if (deadLetters == null) {
            throw new IllegalStateException("consumer " + name + " has no dead-letter topic for: " + problem.detail());
        }
        String where = position(refused);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(deadLetterTopic, refused.key(), refused.value());
        header(record, DeadLetterHeaders.PROBLEM_TYPE, problem.problemType());
        header(record, DeadLetterHeaders.PROBLEM_DETAIL, problem.detail());
        header(record, DeadLetterHeaders.PROBLEM_FIELD, problem.field());
        header(record, DeadLetterHeaders.SOURCE, where);
        header(record, DeadLetterHeaders.REFUSED_BY, refusedBy);
        Header replayedFrom = refused.headers().lastHeader(DeadLetterHeaders.REPLAYED_FROM);
        if (replayedFrom != null) {
            record.headers().add(DeadLetterHeaders.REPLAYED_FROM, replayedFrom.value());
        }
        try {
            deadLetters.send(record).get();
        } catch (ExecutionException e) {
            LOG.errorf(e.getCause(), "Could not dead-letter the refused %s at %s; retrying", subject, where);
            count("retried");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        LOG.warnf("%s at %s refused and dead-lettered: %s (field %s)", subject, where, problem.detail(), problem.field());
        count("dead-lettered");
        return true;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void count(String outcome) {
        metrics.counter(metricName, "outcome", outcome).increment();
    }

    private static Map<String, Object> consumerConfig(Builder settings) {
        Map<String, Object> config = new HashMap<>(settings.consumerProperties);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return config;
    }

    /** What to consume and how; {@link #start} creates the topics if needed and starts the thread. */
    public static final class Builder {

        private final String name;
        private final String subject;
        private String bootstrapServers;
        private List<String> topics;
        private String group;
        private int partitions;
        private MeterRegistry metrics;
        private String metricName;
        private String deadLetterTopic;
        private String refusedBy;
        private Duration retryAfter = Duration.ofSeconds(1);
        private final Map<String, Object> consumerProperties = new HashMap<>();

        private Builder(String name, String subject) {
            this.name = Objects.requireNonNull(name, "name");
            this.subject = Objects.requireNonNull(subject, "subject");
        }

        /** The topics to read as consumer group {@code group}; missing ones are created with {@code partitions}. */
        public Builder reading(String bootstrapServers, List<String> topics, String group, int partitions) {
            this.bootstrapServers = bootstrapServers;
            this.topics = List.copyOf(topics);
            this.group = group;
            this.partitions = partitions;
            return this;
        }

        /** Counts every outcome in the counter {@code metricName}, tagged {@code outcome}. */
        public Builder countedIn(MeterRegistry metrics, String metricName) {
            this.metrics = metrics;
            this.metricName = metricName;
            return this;
        }

        /**
         * Parks refused records on {@code topic}; {@code refusedBy}, when not null, names this service in the
         * {@link DeadLetterHeaders#REFUSED_BY} header. Without a dead-letter topic, handlers must not refuse.
         */
        public Builder deadLettersTo(String topic, String refusedBy) {
            this.deadLetterTopic = topic;
            this.refusedBy = refusedBy;
            return this;
        }

        /** How long to wait before retrying after a failure of the service itself; one second unless set. */
        public Builder retryingAfter(Duration pause) {
            this.retryAfter = pause;
            return this;
        }

        /** A Kafka consumer setting beyond the fixed ones (group, earliest offset, manual commits, deserializers). */
        public Builder consumerProperty(String key, Object value) {
            consumerProperties.put(key, value);
            return this;
        }

        /** Starts handling record by record. */
        public InboundTopicConsumer start(RecordHandler handler) {
            return started(new InboundTopicConsumer(checked(), Objects.requireNonNull(handler), null));
        }

        /** Starts handling a whole poll at a time. */
        public InboundTopicConsumer startPolls(PollHandler handler) {
            return started(new InboundTopicConsumer(checked(), null, Objects.requireNonNull(handler)));
        }

        private Builder checked() {
            Objects.requireNonNull(bootstrapServers, "reading(...) not set");
            Objects.requireNonNull(metrics, "countedIn(...) not set");
            return this;
        }

        private static InboundTopicConsumer started(InboundTopicConsumer consumer) {
            consumer.thread.start();
            LOG.infof("Consuming %s records from %s as group %s", consumer.subject, consumer.topics, consumer.group);
            return consumer;
        }
    }
}
