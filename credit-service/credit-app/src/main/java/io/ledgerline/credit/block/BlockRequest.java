package io.ledgerline.credit.block;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A trading restriction collections asked for ({@code ledgerline.collections.TradingRestrictionRequested.v1}): which
 * customer, the request's id, the collection case and step that asked, who, when, why and what was overdue per currency.
 * It becomes a credit block by {@link #blockedBy() collections and the requester}, whose reason names the case, the step
 * and the overdue amounts.
 */
public record BlockRequest(String requestId, String customerId, String caseId, LocalDate requestedOn, String requestedBy,
                           String step, String reason, List<Money> overdue) {

    /** The contract's type name (collections-api's {@code TradingRestrictionRequested}); credit-service reads its JSON. */
    public static final String TYPE = "ledgerline.collections.TradingRestrictionRequested.v1";

    static final int MAX_REQUESTED_BY = 150;
    private static final int MAX_ID = 100;
    private static final String BY_COLLECTIONS = "collections:";

    public BlockRequest {
        overdue = List.copyOf(overdue);
    }

    /** Who the block is by: collections, on behalf of the collector (or collections-service for the ladder's own steps). */
    public String blockedBy() {
        return BY_COLLECTIONS + requestedBy;
    }

    /**
     * The block's reason, e.g. {@code collections case CASE-2013-0007 (step legal, requested on 2013-03-15): 90 days past
     * due; overdue 55000.00 CNY, 1200.50 USD}.
     */
    public String blockReason() {
        StringBuilder text = new StringBuilder("collections");
        if (caseId != null) {
            text.append(" case ").append(caseId);
        }
        text.append(" (");
        if (step != null) {
            text.append("step ").append(step).append(", ");
        }
        text.append("requested on ").append(requestedOn).append(')');
        if (reason != null) {
            text.append(": ").append(reason);
        }
        text.append(overdue.isEmpty() ? "; no overdue amount stated" : "; overdue " + overdue.stream()
                .map(m -> m.amount().toPlainString() + " " + m.currency()).collect(Collectors.joining(", ")));
        return text.toString();
    }

    /**
     * The request an envelope carries. A request credit-service cannot read (no customer, request id, date or requester, a
     * request id that is not a UUID, an overdue amount that is not a decimal with a currency) stops the projection, which
     * retries and shows its lag, rather than be dropped.
     */
    static BlockRequest from(EventEnvelope event) {
        JsonNode data = event.data();
        String customerId = required(event, data, "customerId");
        if (customerId.length() > MAX_ID || customerId.contains("/")) {
            throw malformed(event, "customerId");
        }
        String requestedBy = required(event, data, "requestedBy");
        if (requestedBy.length() > MAX_REQUESTED_BY) {
            throw malformed(event, "requestedBy");
        }
        String caseId = optional(data, "caseId");
        String step = optional(data, "step");
        if (caseId != null && caseId.length() > MAX_ID) {
            throw malformed(event, "caseId");
        }
        if (step != null && step.length() > MAX_ID) {
            throw malformed(event, "step");
        }
        return new BlockRequest(requestId(event, data), customerId, caseId, requestedOn(event, data), requestedBy, step,
                optional(data, "reason"), overdue(event, data.path("overdue")));
    }

    private static String requestId(EventEnvelope event, JsonNode data) {
        String value = required(event, data, "requestId");
        if (value.length() == 36) {
            try {
                return UUID.fromString(value).toString();
            } catch (IllegalArgumentException e) {
                // not a UUID: refused below
            }
        }
        throw malformed(event, "requestId");
    }

    private static LocalDate requestedOn(EventEnvelope event, JsonNode data) {
        try {
            return LocalDate.parse(required(event, data, "requestedOn"));
        } catch (DateTimeParseException e) {
            throw malformed(event, "requestedOn");
        }
    }

    private static List<Money> overdue(EventEnvelope event, JsonNode amounts) {
        if (amounts.isMissingNode() || amounts.isNull()) {
            return List.of();
        }
        if (!amounts.isArray()) {
            throw malformed(event, "overdue");
        }
        List<Money> overdue = new ArrayList<>();
        for (JsonNode money : amounts) {
            String currency = money.path("currency").asText("");
            try {
                BigDecimal amount = new BigDecimal(money.path("amount").asText(""));
                if (!currency.matches("[A-Z]{3}")) {
                    throw malformed(event, "overdue");
                }
                overdue.add(new Money(amount, currency));
            } catch (NumberFormatException e) {
                throw malformed(event, "overdue");
            }
        }
        return overdue;
    }

    private static String required(EventEnvelope event, JsonNode data, String field) {
        String value = optional(data, field);
        if (value == null) {
            throw malformed(event, field);
        }
        return value;
    }

    private static String optional(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return !value.isValueNode() || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }

    private static IllegalArgumentException malformed(EventEnvelope event, String field) {
        return new IllegalArgumentException(event.type() + " " + event.id() + " has no valid '" + field + "'");
    }
}
