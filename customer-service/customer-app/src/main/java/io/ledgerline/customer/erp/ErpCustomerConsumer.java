package io.ledgerline.customer.erp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.customer.customer.CustomerRequests;
import io.ledgerline.customer.customer.CustomerValidation;
import io.ledgerline.customer.customer.Customers;
import io.ledgerline.platform.eventing.inbound.InboundOutcome;
import io.ledgerline.platform.eventing.inbound.InboundTopicConsumer;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
public class ErpCustomerConsumer {

    private static final Logger LOG = Logger.getLogger(ErpCustomerConsumer.class);

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

    private InboundTopicConsumer consumer;

    @PostConstruct
    void start() {
        consumer = InboundTopicConsumer.named("erp-inbound-customers", "ERP customer")
                .reading(bootstrapServers, List.of(ErpTopics.INBOUND), group, partitions)
                .deadLettersTo(ErpTopics.DEAD_LETTERS, "customer-service")
                .countedIn(metrics, "ledgerline.erp.inbound.messages")
                .start(this::handle);
    }

    @PreDestroy
    void stop() {
        consumer.stop();
    }

    /** Registered, a repeat, another service's kind, or refused; a failure of the service itself is thrown for a retry. */
    private InboundOutcome handle(ConsumerRecord<String, byte[]> record) {
        Optional<ObjectNode> item = customerItem(record);
        if (item.isEmpty()) {
            return InboundOutcome.ignored();
        }
        Customers.Outcome outcome;
        try {
            outcome = customers.register(CustomerValidation.register(request(item.get()), LocalDate.now(clock)));
        } catch (ProblemException refused) {
            Problem problem = refused.problem();
            return InboundOutcome.refused(problem.type(), problem.detail(), problem.field());
        }
        LOG.debugf("ERP customer %s at %s: %s", outcome.body().path("customerId").asText(),
                InboundTopicConsumer.position(record), outcome.created() ? "registered" : "a repeat");
        return InboundOutcome.handled(outcome.created() ? "registered" : "repeat");
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
}
