package io.ledgerline.reporting.aging;

import io.ledgerline.platform.web.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;

/**
 * Buckets of days (past due, or since issue) from their upper bounds, 0 always being one of them.
 * {@code 30,60,90} gives {@code current} (0 days or less: not yet due), {@code 1-30}, {@code 31-60},
 * {@code 61-90} and {@code 90+} (more than 90). Negative bounds split what is not yet due by the days
 * left until its due date: {@code -7,0,30} gives {@code due in 7+} (7 days or more to go),
 * {@code due in 0-6} (due within 6 days, or today), {@code 1-30} and {@code 30+}.
 */
public record AgingBuckets(List<Integer> upperBounds) {

    public static final AgingBuckets STANDARD = new AgingBuckets(List.of(30, 60, 90));
    static final int MAX_BOUNDS = 12;
    static final int MAX_DAYS = 36_500;
    static final String CURRENT = "current";
    static final String NOT_YET_DUE = "due in ";

    /** Adds the bound 0 when absent: being overdue or not is always a bucket edge. */
    public AgingBuckets {
        List<Integer> bounds = new ArrayList<>(upperBounds);
        if (!bounds.contains(0)) {
            int at = 0;
            while (at < bounds.size() && bounds.get(at) < 0) {
                at++;
            }
            bounds.add(at, 0);
        }
        upperBounds = List.copyOf(bounds);
    }

    /** Parses {@code 30,60,90} or {@code -7,0,30,60,90,180}; absent means {@link #STANDARD}. */
    public static AgingBuckets parse(String value) {
        if (value == null) {
            return STANDARD;
        }
        String[] parts = value.split(",", -1);
        if (parts.length > MAX_BOUNDS) {
            throw invalid("buckets takes at most " + MAX_BOUNDS + " bounds, got " + parts.length);
        }
        List<Integer> bounds = new ArrayList<>();
        for (String part : parts) {
            int bound;
            try {
                bound = Integer.parseInt(part.trim());
            } catch (NumberFormatException e) {
                throw invalid("buckets must be whole numbers of days separated by commas, e.g. 30,60,90 or -7,0,30,60,90,180; '"
                        + part.trim() + "' is not one");
            }
            if (bound < -MAX_DAYS || bound > MAX_DAYS) {
                throw invalid("each bucket bound must be between -" + MAX_DAYS + " and " + MAX_DAYS + " days, got " + bound);
            }
            if (!bounds.isEmpty() && bound <= bounds.get(bounds.size() - 1)) {
                throw invalid("bucket bounds must be strictly increasing, got " + value);
            }
            bounds.add(bound);
        }
        if (bounds.get(bounds.size() - 1) <= 0) {
            throw invalid("buckets needs at least one positive bound (days past due) after the not-yet-due ones, got " + value);
        }
        return new AgingBuckets(bounds);
    }

    /**
     * Parses {@code value} for aging by {@code basis}: negative bounds split what is not yet due, which only aging by due
     * date has, so they are refused with {@code basis=issue}.
     */
    public static AgingBuckets parse(String value, AgingBasis basis) {
        AgingBuckets bounds = parse(value);
        if (basis == AgingBasis.ISSUE && bounds.splitsNotYetDue()) {
            throw invalid("negative bounds split what is not yet due, which only aging by due date has; with basis=issue every "
                    + "item is 0 days old or more, got " + value);
        }
        return bounds;
    }

    /** Whether some bucket splits what is not yet due; only meaningful when aging by due date. */
    boolean splitsNotYetDue() {
        return upperBounds.get(0) < 0;
    }

    /**
     * Labels in report order. The first bucket is {@code current} (0 days or less), or with negative
     * bounds {@code due in N+} (N days or more until due); then {@code due in A-B} (A to B days until
     * due) below 0 and {@code A-B} (A to B days past) above it; the last is {@code N+} (more than N).
     */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        int first = upperBounds.get(0);
        labels.add(first == 0 ? CURRENT : NOT_YET_DUE + (-first) + "+");
        for (int i = 1; i < upperBounds.size(); i++) {
            int lower = upperBounds.get(i - 1);
            int upper = upperBounds.get(i);
            labels.add(upper <= 0 ? NOT_YET_DUE + (-upper) + "-" + (-lower - 1) : (lower + 1) + "-" + upper);
        }
        labels.add(upperBounds.get(upperBounds.size() - 1) + "+");
        return labels;
    }

    /** The position of a label in {@link #labels()}, as {@code width_bucket} numbers it; refused when unknown. */
    int indexOf(String label) {
        int index = labels().indexOf(label);
        if (index < 0) {
            throw ProblemException.invalidParameter("bucket", "bucket must be one of the report's buckets "
                    + String.join(", ", labels()) + ", not '" + label + "'");
        }
        return index;
    }

    /**
     * Lower bounds of every bucket but the first for PostgreSQL's {@code width_bucket(days, thresholds)}:
     * days at or below the first bound fall below the first threshold (bucket 0); bucket i is label i.
     */
    public Integer[] thresholds() {
        return upperBounds.stream().map(bound -> bound + 1).toArray(Integer[]::new);
    }

    private static ProblemException invalid(String detail) {
        return ProblemException.invalidParameter("buckets", detail);
    }
}
