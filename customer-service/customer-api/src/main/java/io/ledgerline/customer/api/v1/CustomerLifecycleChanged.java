package io.ledgerline.customer.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** The customer moved between {@code PROSPECT}, {@code ACTIVE}, {@code ON_HOLD} and {@code CLOSED}. */
@JsonTypeName("ledgerline.customer.CustomerLifecycleChanged.v1")
public record CustomerLifecycleChanged(
        String customerId,
        String from,
        String to,
        String reason,
        LocalDate changedOn) implements CustomerEvent {
}
