package io.ledgerline.reporting.aging;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The items behind one cell (or row) of an aging report, one page of them, most overdue first.
 * {@code open} and {@code disputed} add up every item of the cell, not only this page, the way the report
 * adds them up, so they equal the cell it was opened from.
 */
@JsonPropertyOrder({"asOf", "knownAt", "basis", "groupBy", "key", "currency", "bucket", "open", "disputed",
        "page", "size", "totalItems", "totalPages", "items"})
public record AgingItems(LocalDate asOf, Instant knownAt, String basis, String groupBy, String key, String currency,
                         String bucket, String open, String disputed, int page, int size, long totalItems, long totalPages,
                         List<Item> items) {

    /**
     * One open item as of the report's date: {@code daysPastDue} = asOf - due date (negative when not yet due),
     * {@code daysSinceIssue} = asOf - issue date; {@code open} is what is left of {@code amount}, {@code disputed}
     * the part of it under open disputes; {@code bucket} is its label in the report.
     */
    @JsonPropertyOrder({"invoiceId", "invoiceNumber", "customerId", "itemType", "currency", "issueDate", "dueDate",
            "daysPastDue", "daysSinceIssue", "amount", "open", "disputed", "bucket"})
    public record Item(String invoiceId, String invoiceNumber, String customerId, String itemType, String currency,
                       LocalDate issueDate, LocalDate dueDate, int daysPastDue, int daysSinceIssue, String amount, String open,
                       String disputed, String bucket) {
    }
}
