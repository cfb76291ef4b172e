package io.ledgerline.customer.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** The customer's contacts changed; the event carries the whole list after the change. */
@JsonTypeName("ledgerline.customer.CustomerContactsChanged.v1")
public record CustomerContactsChanged(String customerId, List<Contact> contacts) implements CustomerEvent {

    public CustomerContactsChanged {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
