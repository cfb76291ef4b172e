package io.ledgerline.customer.erp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.customer.customer.CustomerRequests;
import io.ledgerline.customer.customer.CustomerValidation;
import io.ledgerline.customer.customer.Customers;
import io.ledgerline.platform.eventing.kafka.EventTopics;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Registers the customers ERP systems push on {@link ErpTopics#INBOUND} ({@code "kind":"customer"} plus
 * the body of {@code POST /api/v1/customers}) exactly like that endpoint, once per customer id. Items of
 * other kinds belong to other services and are passed over. A customer item that cannot be registered
 * (invalid field, other content under a registered id, a rule) goes to {@link ErpTopics#DEAD_LETTERS} and
 * the consumer keeps going; a failure of the service itself (database or Kafka away) is retried from the
 * same offset. Offsets are committed after handling, in the group {@code customer-service.erp-inbound}.
 */
@Startup
@Singleton
@IfBuildProperty(name = "ledgerline.erp.kafka.enabled", stringValue = "true")
public class ErpCustomerConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(ErpCustomerConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(1);

    @Inject
    Customers customers;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "ledgerline.kafka.bootstrap-servers")
    String bootstrapServers;

    @ConfigProperty(name = "ledgerline.erp.group", defaultValue = "customer-service.erp-inbound")
    String group;

    @ConfigProperty(name = "ledgerline.kafka.topic-partitions", defaultValue = "6")
    int partitions;

    private KafkaConsumer<String, byte[]> consumer;
    private KafkaProducer<String, byte[]> deadLetters;
    private Thread thread;
    private volatile boolean running = true;

    @PostConstruct
    void start() {
        EventTopics.ensure(bootstrapServers, ErpTopics.INBOUND, partitions);
        EventTopics.ensure(bootstrapServers, ErpTopics.DEAD_LETTERS, partitions);
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        deadLetters = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        thread = new Thread(this, "erp-inbound-customers");
        thread.start();
        LOG.infof("Registering ERP customers from %s as group %s", ErpTopics.INBOUND, group);
    }

    @PreDestroy
    void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        try {
            if (thread != null) {
                thread.join(Duration.ofSeconds(30).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (deadLetters != null) {
            deadLetters.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(ErpTopics.INBOUND));
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
                boolean failed = false;
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                        if (!handle(record)) {
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
                if (failed) {
                    // the database or Kafka is likely away; give it a moment instead of spinning on the same record
                    Thread.sleep(RETRY_AFTER_FAILURE.toMillis());
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** True when the record is done with (registered, a repeat, another service's kind, or dead-lettered); false to retry it. */
    private boolean handle(ConsumerRecord<String, byte[]> record) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        try {
            Optional<ObjectNode> item = customerItem(record);
            if (item.isEmpty()) {
                count("ignored");
                return true;
            }
            Customers.Outcome outcome = customers.register(CustomerValidation.register(request(item.get()), LocalDate.now(clock)));
            LOG.debugf("ERP customer %s at %s: %s", outcome.body().path("customerId").asText(), where,
                    outcome.created() ? "registered" : "a repeat");
            count(outcome.created() ? "registered" : "repeat");
            return true;
        } catch (ProblemException refused) {
            return deadLetter(record, where, refused.problem());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not register the ERP customer at %s; retrying", where);
            count("retried");
            return false;
        }
    }

    /**
     * The record as a customer item, or empty when it is another service's: another kind, or not JSON at
     * all (receivables-service, which books every other kind, dead-letters those).
     */
    private Optional<ObjectNode> customerItem(ConsumerRecord<String, byte[]> record) {
        JsonNode message;
        try {
            message = record.value() == null ? null : json.readTree(record.value());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (message instanceof ObjectNode item && ErpTopics.CUSTOMER.equals(item.path("kind").asText())) {
            return Optional.of(item);
        }
        return Optional.empty();
    }

    private CustomerRequests.Register request(ObjectNode item) {
        ObjectNode body = item.deepCopy();
        body.remove("kind");
        body.remove("externalId");
        try {
            return json.treeToValue(body, CustomerRequests.Register.class);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalidField(null, "the customer item does not have the shape of a registration: "
                    + e.getOriginalMessage());
        }
    }

    /** Parks a refused customer item on the dead-letter topic; false (retry) when Kafka does not take it. */
    private boolean deadLetter(ConsumerRecord<String, byte[]> refused, String where, Problem problem) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ErpTopics.DEAD_LETTERS, refused.key(), refused.value());
        header(record, ErpTopics.PROBLEM_TYPE, problem.type());
        header(record, ErpTopics.PROBLEM_DETAIL, problem.detail());
        header(record, ErpTopics.PROBLEM_FIELD, problem.field());
        header(record, ErpTopics.SOURCE, where);
        header(record, ErpTopics.REFUSED_BY, "customer-service");
        Header replayedFrom = refused.headers().lastHeader(ErpTopics.REPLAYED_FROM);
        if (replayedFrom != null) {
            record.headers().add(ErpTopics.REPLAYED_FROM, replayedFrom.value());
        }
        try {
            deadLetters.send(record).get();
        } catch (ExecutionException e) {
            LOG.errorf(e.getCause(), "Could not dead-letter the refused ERP customer at %s; retrying", where);
            count("retried");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        LOG.warnf("ERP customer at %s refused and dead-lettered: %s (field %s)", where, problem.detail(), problem.field());
        count("dead-lettered");
        return true;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void count(String outcome) {
        metrics.counter("ledgerline.erp.inbound.messages", "outcome", outcome).increment();
    }
}
