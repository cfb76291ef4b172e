package io.ledgerline.bench.reporting;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes envelopes keyed by customer id (as the relays do), asynchronously; any send failure fails the run. */
final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final AtomicLong acknowledged = new AtomicLong();
    private long sent;

    TopicWriter(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, "20",
                ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024),
                ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(128L * 1024 * 1024),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    void send(String topic, String key, byte[] envelope) {
        Exception failed = failure.get();
        if (failed != null) {
            throw new IllegalStateException("a send to " + topic + " failed", failed);
        }
        producer.send(new ProducerRecord<>(topic, key, envelope), (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            } else {
                acknowledged.incrementAndGet();
            }
        });
        sent++;
    }

    /** Waits until the broker has acknowledged everything sent; returns how many records that is. */
    long flush() {
        producer.flush();
        Exception failed = failure.get();
        if (failed != null || acknowledged.get() != sent) {
            throw new IllegalStateException("only %d of %d records were acknowledged".formatted(acknowledged.get(), sent), failed);
        }
        return sent;
    }

    @Override
    public void close() {
        producer.close();
    }
}
