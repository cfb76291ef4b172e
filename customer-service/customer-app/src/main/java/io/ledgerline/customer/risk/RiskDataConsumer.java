package io.ledgerline.customer.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.customer.customer.CustomerValidation;
import io.ledgerline.customer.customer.Customers;
import io.ledgerline.platform.eventing.inbound.InboundOutcome;
import io.ledgerline.platform.eventing.inbound.InboundTopicConsumer;
import io.ledgerline.platform.web.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
public class RiskDataConsumer {

    private static final Logger LOG = Logger.getLogger(RiskDataConsumer.class);

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

    private InboundTopicConsumer consumer;

    @PostConstruct
    void start() {
        consumer = InboundTopicConsumer.named("riskdata-inbound", "risk signal")
                .reading(bootstrapServers, List.of(topic), group, partitions)
                .countedIn(metrics, "ledgerline.riskdata.messages")
                .start(this::handle);
    }

    @PreDestroy
    void stop() {
        consumer.stop();
    }

    /** Recorded, a repeat, or invalid and skipped; a failure to store is thrown for a retry. */
    private InboundOutcome handle(ConsumerRecord<String, byte[]> record) {
        String where = InboundTopicConsumer.position(record);
        try {
            JsonNode message = json.readTree(record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8));
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
            return InboundOutcome.handled(outcome.created() ? "recorded" : "repeat");
        } catch (ProblemException e) {
            LOG.warnf("Skipped invalid risk signal at %s: %s (field %s)", where, e.getMessage(), e.field());
            return InboundOutcome.handled("skipped");
        } catch (JsonProcessingException e) {
            LOG.warnf("Skipped risk signal at %s that is not JSON of the expected shape: %s", where, e.getOriginalMessage());
            return InboundOutcome.handled("skipped");
        }
    }
}
