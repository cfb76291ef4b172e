package io.ledgerline.reporting.aging;

import io.ledgerline.platform.web.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;

/**
 * Days-past-due buckets from their upper bounds: {@code 30,60,90} gives {@code current} (not yet
 * due), {@code 1-30}, {@code 31-60}, {@code 61-90} and {@code 90+}.
 */
public record AgingBuckets(List<Integer> upperBounds) {

    public static final AgingBuckets STANDARD = new AgingBuckets(List.of(30, 60, 90));
    static final int MAX_BOUNDS = 12;
    static final int MAX_DAYS = 36_500;
    static final String CURRENT = "current";

    public AgingBuckets {
        upperBounds = List.copyOf(upperBounds);
    }

    /** Parses {@code 30,60,90}; absent means {@link #STANDARD}. */
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
                throw invalid("buckets must be positive whole numbers of days separated by commas, e.g. 30,60,90; '"
                        + part.trim() + "' is not one");
            }
            if (bound < 1 || bound > MAX_DAYS) {
                throw invalid("each bucket bound must be between 1 and " + MAX_DAYS + " days, got " + bound);
            }
            if (!bounds.isEmpty() && bound <= bounds.get(bounds.size() - 1)) {
                throw invalid("bucket bounds must be strictly increasing, got " + value);
            }
            bounds.add(bound);
        }
        return new AgingBuckets(bounds);
    }

    /** Labels in report order: {@code current}, one per bound, then the open-ended last one. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        labels.add(CURRENT);
        int lower = 1;
        for (int upper : upperBounds) {
            labels.add(lower + "-" + upper);
            lower = upper + 1;
        }
        labels.add(upperBounds.get(upperBounds.size() - 1) + "+");
        return labels;
    }

    /**
     * Lower bounds of the overdue buckets for PostgreSQL's {@code width_bucket(days, thresholds)}:
     * 0 days or less falls below the first threshold (bucket 0, current); bucket i is label i.
     */
    Integer[] thresholds() {
        Integer[] thresholds = new Integer[upperBounds.size() + 1];
        thresholds[0] = 1;
        for (int i = 0; i < upperBounds.size(); i++) {
            thresholds[i + 1] = upperBounds.get(i) + 1;
        }
        return thresholds;
    }

    private static ProblemException invalid(String detail) {
        return ProblemException.invalidParameter("buckets", detail);
    }
}
