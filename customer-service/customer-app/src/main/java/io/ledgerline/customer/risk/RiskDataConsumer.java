package io.ledgerline.customer.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.customer.customer.CustomerValidation;
import io.ledgerline.customer.customer.Customers;
import io.ledgerline.platform.eventing.kafka.EventTopics;
import io.ledgerline.platform.web.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Records risk signals from {@code ledgerline.riskdata.inbound}: JSON like the REST body plus
 * {@code customerId}. An invalid message is logged and skipped; a failure to store is retried from
 * the same offset. Offsets are committed after handling, and a redelivered signal is recorded once
 * because the customer ignores an externalId it already has.
 */
@Startup
@Singleton
@IfBuildProperty(name = "ledgerline.riskdata.enabled", stringValue = "true")
public class RiskDataConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(RiskDataConsumer.class);
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

    @ConfigProperty(name = "ledgerline.riskdata.topic", defaultValue = "ledgerline.riskdata.inbound")
    String topic;

    @ConfigProperty(name = "ledgerline.riskdata.group", defaultValue = "customer-service-riskdata")
    String group;

    @ConfigProperty(name = "ledgerline.kafka.topic-partitions", defaultValue = "6")
    int partitions;

    private KafkaConsumer<String, String> consumer;
    private Thread thread;
    private volatile boolean running = true;

    @PostConstruct
    void start() {
        EventTopics.ensure(bootstrapServers, topic, partitions);
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        thread = new Thread(this, "riskdata-inbound");
        thread.start();
        LOG.infof("Consuming risk signals from %s as group %s", topic, group);
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
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(topic));
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(POLL);
                Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
                boolean failed = false;
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<String, String> record : records.records(partition)) {
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
                    // the database is likely away; give it a moment instead of spinning on the same record
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

    /** True when the record is done with (recorded, a repeat, or invalid and skipped); false to retry it. */
    private boolean handle(ConsumerRecord<String, String> record) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        try {
            JsonNode message = json.readTree(record.value() == null ? "" : record.value());
            if (message == null || !message.isObject()) {
                throw ProblemException.invalidField(null, "a risk signal message must be a JSON object");
            }
            String customerId = CustomerValidation.customerId("customerId", message.path("customerId").textValue(), false);
            ObjectNode body = ((ObjectNode) message).deepCopy();
            body.remove("customerId");
            RiskSignalRequest request = json.treeToValue(body, RiskSignalRequest.class);
            Customers.Outcome outcome = customers.recordRiskSignal(
                    RiskSignalRequest.validated(customerId, request, LocalDate.now(clock)));
            LOG.debugf("Risk signal %s at %s: %s", request.externalId(), where, outcome.created() ? "recorded" : "a repeat");
            count(outcome.created() ? "recorded" : "repeat");
            return true;
        } catch (ProblemException e) {
            LOG.warnf("Skipped invalid risk signal at %s: %s (field %s)", where, e.getMessage(), e.field());
            count("skipped");
            return true;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.warnf("Skipped risk signal at %s that is not JSON of the expected shape: %s", where, e.getOriginalMessage());
            count("skipped");
            return true;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not record the risk signal at %s; retrying", where);
            count("retried");
            return false;
        }
    }

    private void count(String outcome) {
        metrics.counter("ledgerline.riskdata.messages", "outcome", outcome).increment();
    }
}
