package io.ledgerline.customer.customer;

import io.ledgerline.customer.api.v1.Money;
import java.time.LocalDate;
import java.util.List;

/** The company facts of a customer; {@code registeredCapital} and {@code foundingDate} may be unknown (null). */
public record Profile(
        String legalName,
        String registrationId,
        Money registeredCapital,
        LocalDate foundingDate,
        String ownershipType,
        String industry,
        String region,
        String customerType,
        String salesOwner,
        List<String> tags) {

    public Profile {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
