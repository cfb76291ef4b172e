package io.ledgerline.collections.customer;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ledgerline.collections.Topics;
import io.ledgerline.customer.api.v1.Contact;
import io.ledgerline.customer.api.v1.CustomerContactsChanged;
import io.ledgerline.customer.api.v1.CustomerEvent;
import io.ledgerline.customer.api.v1.CustomerRegistered;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Customer facts published on the real {@code ledgerline.customer.events}, each awaited until folded. */
public final class CustomerEvents {

    private CustomerEvents() {
    }

    public static CustomerRegistered registered(String customerId, String salesOwner) {
        return new CustomerRegistered(customerId, "Acme Trading Co., Ltd.", "91310000MA1FL0000X", null, LocalDate.of(2009, 6, 15),
                "PRIVATE", "RETAIL", "CN-EAST", "DISTRIBUTOR", salesOwner, List.of(), "ACTIVE");
    }

    public static CustomerContactsChanged contacts(String customerId, Contact... contacts) {
        return new CustomerContactsChanged(customerId, List.of(contacts));
    }

    /** Publishes the event as the customer's {@code sequence}-th and waits until it is folded. */
    public static EventEnvelope publish(CustomerEvent event, long sequence) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/customer",
                event.getClass().getAnnotation(JsonTypeName.class).value(), event.customerId(), Instant.parse("2026-01-01T09:00:00Z"),
                event.customerId(), sequence, "1", EnvelopeCodec.mapper().valueToTree(event));
        Topics.send(CustomerDimensionsProjection.TOPIC, CustomerDimensionsProjection.NAME, envelope);
        return envelope;
    }
}
