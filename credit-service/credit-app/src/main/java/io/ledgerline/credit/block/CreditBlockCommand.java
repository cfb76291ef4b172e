package io.ledgerline.credit.block;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a {@link CreditBlock}; it is addressed by {@link CreditBlock#idOf(String) the customer's block id}. */
public sealed interface CreditBlockCommand {

    String blockAggregateId();

    /** Block the customer's credit with a reason: {@code source} MANUAL or COLLECTIONS; {@code blockId} names the block. */
    record BlockCustomer(@TargetAggregateIdentifier String blockAggregateId, String customerId, String blockId, String reason,
                         String blockedBy, String source, LocalDate blockedOn) implements CreditBlockCommand {
    }

    /** Lift the customer's credit block with a reason. */
    record UnblockCustomer(@TargetAggregateIdentifier String blockAggregateId, String customerId, String reason,
                           String unblockedBy, LocalDate unblockedOn) implements CreditBlockCommand {
    }
}
