package io.ledgerline.reporting.aging;

import io.ledgerline.platform.web.problem.ProblemException;

/**
 * A drill-down into one cell of an aging report: the items of row {@code key} ({@code null} = every
 * row, i.e. the totals line) in {@code currency}, in one bucket ({@code null} = the whole row), one page
 * at a time.
 */
public record AgingItemsRequest(AgingRequest report, String key, String currency, String bucket, int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    /** Reads the drill-down's own parameters; the report's are read by {@link AgingRequest#parse}. */
    public static AgingItemsRequest parse(AgingRequest report, String key, String currency, String bucket, String page,
                                          String size) {
        if (currency == null || currency.isBlank()) {
            throw ProblemException.invalidParameter("currency", "currency is required: a cell is one currency's, e.g. USD");
        }
        String label = bucket == null || bucket.isBlank() ? null : bucket.trim();
        if (label != null) {
            report.buckets().indexOf(label);
        }
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        return new AgingItemsRequest(report, key == null || key.isEmpty() ? null : key, currency.trim(), label, pageNumber,
                pageSize);
    }

    /** The bucket's position as {@code width_bucket} numbers it; -1 for the whole row. */
    int bucketIndex() {
        return bucket == null ? -1 : report.buckets().indexOf(bucket);
    }

    long offset() {
        return (long) page * size;
    }

    private static int number(String field, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw ProblemException.invalidParameter(field, field + " must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", not '" + value + "'");
    }
}
