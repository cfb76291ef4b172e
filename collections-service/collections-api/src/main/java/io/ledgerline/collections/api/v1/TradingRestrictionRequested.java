package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;

/**
 * Collections asks that the customer be sold nothing more on credit: credit-service blocks the customer's credit (or
 * notes that it already is blocked) and holds its new orders until a credit manager lifts the block. {@code requestId}
 * (a UUID) names this request, so a repeat changes nothing; {@code caseId} is the collection case it comes from and
 * {@code step} the step that asked ({@code legal} when the dunning ladder reached its legal step, {@code manual} when a
 * collector asked). {@code requestedBy} is the collector's user, or {@code collections-service} for the ladder's own
 * steps; {@code reason} is the collector's or the step's text, and {@code overdue} what the customer has overdue on
 * {@code requestedOn}, one amount per currency (never summed across currencies).
 */
@JsonTypeName("ledgerline.collections.TradingRestrictionRequested.v1")
public record TradingRestrictionRequested(
        String customerId,
        String requestId,
        String caseId,
        LocalDate requestedOn,
        String requestedBy,
        String step,
        String reason,
        List<Money> overdue) implements CollectionsEvent {

    /** The step when the dunning ladder reached legal action. */
    public static final String LEGAL = "legal";
    /** The step when a collector asked by hand. */
    public static final String MANUAL = "manual";
    /** {@code requestedBy} when the ladder itself asked. */
    public static final String COLLECTIONS_SERVICE = "collections-service";

    public TradingRestrictionRequested {
        overdue = overdue == null ? List.of() : List.copyOf(overdue);
    }
}
