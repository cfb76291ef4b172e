package io.ledgerline.receivables.erp;

import io.ledgerline.platform.eventing.inbound.DeadLetterHeaders;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The ERP messages that could not be booked: kept unchanged with their refusal, for ops to see and replay. */
@ApplicationScoped
public class DeadLetters {

    /** One refused message as ops see it. */
    public record DeadLetter(int partition, long offset, String key, String message, String problemType,
                             String detail, String field, String source, String replayedFrom) {
    }

    @ConfigProperty(name = "ledgerline.kafka.bootstrap-servers")
    String bootstrapServers;

    private volatile KafkaProducer<String, byte[]> producer;

    /** Up to {@code limit} dead letters, oldest first within each partition. */
    public List<DeadLetter> list(int limit) {
        List<DeadLetter> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> reader = reader()) {
            List<TopicPartition> partitions = reader.partitionsFor(ErpTopics.DEAD_LETTERS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(10);
            while (found.size() < limit && !reachedEnd(reader, ends) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(200))) {
                    if (found.size() < limit) {
                        found.add(view(r));
                    }
                }
            }
        }
        return found;
    }

    /** Puts the dead letter at {@code partition}/{@code offset} back on the inbound topic, unchanged. */
    public Optional<DeadLetter> replay(int partition, long offset) {
        try (KafkaConsumer<String, byte[]> reader = reader()) {
            TopicPartition tp = new TopicPartition(ErpTopics.DEAD_LETTERS, partition);
            if (reader.partitionsFor(ErpTopics.DEAD_LETTERS).stream().noneMatch(p -> p.partition() == partition)
                    || offset < 0 || offset >= reader.endOffsets(List.of(tp)).get(tp)) {
                return Optional.empty();
            }
            reader.assign(List.of(tp));
            reader.seek(tp, offset);
            Instant deadline = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(200))) {
                    if (r.offset() == offset) {
                        ProducerRecord<String, byte[]> again = new ProducerRecord<>(ErpTopics.INBOUND, r.key(), r.value());
                        header(again, DeadLetterHeaders.REPLAYED_FROM, ErpTopics.DEAD_LETTERS + "-" + partition + "@" + offset);
                        publish(again);
                        return Optional.of(view(r));
                    }
                }
            }
            return Optional.empty();
        }
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private static boolean reachedEnd(KafkaConsumer<String, byte[]> reader, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> reader.position(e.getKey()) >= e.getValue());
    }

    private static DeadLetter view(ConsumerRecord<String, byte[]> r) {
        return new DeadLetter(r.partition(), r.offset(), r.key(),
                r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8),
                header(r, DeadLetterHeaders.PROBLEM_TYPE), header(r, DeadLetterHeaders.PROBLEM_DETAIL),
                header(r, DeadLetterHeaders.PROBLEM_FIELD), header(r, DeadLetterHeaders.SOURCE), header(r, DeadLetterHeaders.REPLAYED_FROM));
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void publish(ProducerRecord<String, byte[]> record) {
        try {
            producer().send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused a record for " + record.topic(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
                }
            }
        }
        return producer;
    }

    private KafkaConsumer<String, byte[]> reader() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "receivables.dead-letter-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
    }
}
