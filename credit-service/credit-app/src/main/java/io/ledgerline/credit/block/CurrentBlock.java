package io.ledgerline.credit.block;

import java.time.LocalDate;

/** A customer's credit block as the API shows it and credit checks read it. */
public record CurrentBlock(String customerId, String blockId, String reason, String blockedBy, LocalDate blockedOn, String source) {
}
