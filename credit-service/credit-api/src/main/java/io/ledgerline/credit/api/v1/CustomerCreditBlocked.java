package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * {@code blockedBy} blocked the customer's credit on {@code blockedOn} with {@code reason}: its order credit checks are held
 * for a credit manager until it is unblocked. {@code source} is {@link #MANUAL} (a user through the API) or
 * {@link #COLLECTIONS} (requested by collections); {@code blockId} names this block (optional).
 */
@JsonTypeName("ledgerline.credit.CustomerCreditBlocked.v1")
public record CustomerCreditBlocked(
        String customerId,
        String blockId,
        String reason,
        String blockedBy,
        LocalDate blockedOn,
        String source) implements CreditEvent {

    public static final String MANUAL = "MANUAL";
    public static final String COLLECTIONS = "COLLECTIONS";
}
