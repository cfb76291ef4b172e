package io.ledgerline.customer.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;

/** The customer's profile changed; the event carries the whole profile after the change. */
@JsonTypeName("ledgerline.customer.CustomerProfileUpdated.v1")
public record CustomerProfileUpdated(
        String customerId,
        String legalName,
        String registrationId,
        Money registeredCapital,
        LocalDate foundingDate,
        String ownershipType,
        String industry,
        String region,
        String customerType,
        String salesOwner,
        List<String> tags) implements CustomerEvent {

    public CustomerProfileUpdated {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
