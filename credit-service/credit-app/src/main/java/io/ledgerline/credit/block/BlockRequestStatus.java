package io.ledgerline.credit.block;

import io.ledgerline.credit.api.v1.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A block request of collections as the API shows it: what was asked and, once credit-service acted on it
 * ({@code status} DONE), the {@code outcome} (BLOCKED, or ALREADY_BLOCKED when the customer's credit was blocked
 * already), the block that stands for it, a {@code detail} in words and the business date it was acted on. A PENDING
 * request has no outcome yet.
 */
public record BlockRequestStatus(
        String requestId,
        String customerId,
        String caseId,
        String step,
        String requestedBy,
        LocalDate requestedOn,
        String reason,
        List<Amount> overdue,
        String status,
        String outcome,
        String blockId,
        String detail,
        LocalDate processedOn) {

    public static final String PENDING = "PENDING";
    public static final String DONE = "DONE";
    public static final String BLOCKED = "BLOCKED";
    public static final String ALREADY_BLOCKED = "ALREADY_BLOCKED";

    /** An overdue amount as collections stated it; the amount travels as a decimal string, e.g. {@code "55000.00"}. */
    public record Amount(String amount, String currency) {

        static List<Amount> of(List<Money> amounts) {
            return amounts.stream().map(m -> new Amount(m.amount().toPlainString(), m.currency())).toList();
        }
    }

    /** A customer's requests, oldest first. */
    public record OfCustomer(String customerId, List<BlockRequestStatus> requests) {
    }
}
