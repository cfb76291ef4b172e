package io.ledgerline.credit.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a customer's decision history as the API shows it: {@code position} orders the customer's entries
 * (1, 2, ...), {@code at} is the decision's business date, {@code recordedAt} when its event was stored.
 */
public record HistoryItem(long position, LocalDate at, Instant recordedAt, EntryKind kind, String summary, List<String> explanation,
                          String decidedBy, Versions versions, JsonNode inputs, String eventId, String assessmentId, String orderId,
                          String applicationId) {
}
