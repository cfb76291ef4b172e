package io.ledgerline.reporting.aging;

import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The question an aging report answers: open items as of a date, aged from their due date or issue
 * date, bucketed and grouped, optionally only those of one item type ({@code null} = every type) and
 * only as far as the ledger had recorded them by {@code knownAt} ({@code null} = everything known now).
 */
public record AgingRequest(LocalDate asOf, GroupBy groupBy, AgingBuckets buckets, String itemType, AgingBasis basis,
                           Instant knownAt) {

    /** The item types receivables publishes on {@code InvoiceIssued}; all of them age alike. */
    static final List<String> ITEM_TYPES = List.of(InvoiceIssued.INVOICE, InvoiceIssued.INSTALLMENT, InvoiceIssued.LATE_FEE);

    public AgingRequest(LocalDate asOf, GroupBy groupBy, AgingBuckets buckets) {
        this(asOf, groupBy, buckets, null);
    }

    public AgingRequest(LocalDate asOf, GroupBy groupBy, AgingBuckets buckets, String itemType) {
        this(asOf, groupBy, buckets, itemType, AgingBasis.DUE, null);
    }

    /** Reads the query parameters; an absent {@code asOf} means {@code today}, the business clock's date. */
    public static AgingRequest parse(String asOf, String groupBy, String buckets, LocalDate today) {
        return parse(asOf, groupBy, buckets, null, today);
    }

    /** Reads the query parameters; an absent {@code itemType} means every type. */
    public static AgingRequest parse(String asOf, String groupBy, String buckets, String itemType, LocalDate today) {
        return parse(asOf, groupBy, buckets, itemType, null, null, today);
    }

    /** Reads the query parameters; an absent {@code basis} means by due date, an absent {@code knownAt} as known now. */
    public static AgingRequest parse(String asOf, String groupBy, String buckets, String itemType, String basis,
                                     String knownAt, LocalDate today) {
        AgingBasis ageFrom = AgingBasis.parse(basis);
        AgingBuckets bounds = AgingBuckets.parse(buckets, ageFrom);
        return new AgingRequest(date(asOf, today), GroupBy.parse(groupBy), bounds, itemType(itemType), ageFrom,
                instant(knownAt));
    }

    private static String itemType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!ITEM_TYPES.contains(value.trim())) {
            throw ProblemException.invalidParameter("itemType",
                    "itemType must be one of " + String.join(", ", ITEM_TYPES) + ", not '" + value + "'");
        }
        return value.trim();
    }

    private static LocalDate date(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter("asOf", "asOf must be an ISO date such as 2013-06-30, not '" + value + "'");
        }
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter("knownAt",
                    "knownAt must be an ISO instant such as 2014-04-01T00:00:00Z, not '" + value + "'");
        }
    }
}
