package io.ledgerline.customer.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer entered the customer master under the ERP's customer code. {@code registeredCapital}
 * and {@code foundingDate} may be null; {@code lifecycle} is {@code PROSPECT} or {@code ACTIVE}.
 */
@JsonTypeName("ledgerline.customer.CustomerRegistered.v1")
public record CustomerRegistered(
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
        List<String> tags,
        String lifecycle) implements CustomerEvent {

    public CustomerRegistered {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
