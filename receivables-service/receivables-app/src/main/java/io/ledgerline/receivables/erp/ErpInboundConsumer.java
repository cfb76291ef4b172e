package io.ledgerline.receivables.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.eventing.inbound.InboundOutcome;
import io.ledgerline.platform.eventing.inbound.InboundTopicConsumer;
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
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
public class ErpInboundConsumer {

    @Inject
    ErpIngestion ingestion;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "ledgerline.kafka.bootstrap-servers")
    String bootstrapServers;

    @ConfigProperty(name = "ledgerline.kafka.topic-partitions", defaultValue = "6")
    int partitions;

    private InboundTopicConsumer consumer;

    @PostConstruct
    void start() {
        consumer = InboundTopicConsumer.named("erp-inbound", "ERP message")
                .reading(bootstrapServers, List.of(ErpTopics.INBOUND), "receivables.erp-inbound", partitions)
                .deadLettersTo(ErpTopics.DEAD_LETTERS, null)
                .countedIn(metrics, "ledgerline.erp.inbound.messages")
                .retryingAfter(Duration.ofSeconds(2))
                .consumerProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500")
                .consumerProperty(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000")
                .startPolls(this::book);
    }

    @PreDestroy
    void stop() {
        consumer.stop();
    }

    /** The whole poll in as few transactions as the ingestion takes; a failure of the service itself is thrown for a retry. */
    private List<InboundOutcome> book(List<ConsumerRecord<String, byte[]>> records) {
        InboundOutcome[] outcomes = new InboundOutcome[records.size()];
        List<Integer> accepted = new ArrayList<>();
        List<ErpIngestion.Booking> bookings = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                JsonNode item = read(records.get(i));
                if (CustomerForwarding.KIND.equals(item.path("kind").asText())) {
                    // customers are customer-service's: it consumes this topic in its own group and dead-letters its refusals
                    outcomes[i] = InboundOutcome.ignored();
                    continue;
                }
                bookings.add(ingestion.bookingOf(item));
                accepted.add(i);
            } catch (RuntimeException refused) {
                outcomes[i] = deadLetter(refused);
            }
        }
        List<ErpIngestion.Result> results = ingestion.bookAll(bookings);
        for (int b = 0; b < results.size(); b++) {
            RuntimeException refusal = results.get(b).refusal();
            outcomes[accepted.get(b)] = refusal == null ? InboundOutcome.handled("booked") : deadLetter(refusal);
        }
        return Arrays.asList(outcomes);
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
    private static InboundOutcome deadLetter(RuntimeException refusal) {
        if (!(Refusals.problem(refusal) instanceof ProblemException refused)) {
            throw refusal;
        }
        Problem problem = refused.problem();
        return InboundOutcome.refused(problem.type(), problem.detail(), problem.field());
    }
}
