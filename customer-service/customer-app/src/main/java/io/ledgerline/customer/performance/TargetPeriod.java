package io.ledgerline.customer.performance;

import java.util.regex.Pattern;

/**
 * The period a collection target is for, by the label reports use: a month ({@code 2026-11}), a
 * quarter ({@code 2026-Q4}) or a year ({@code 2026}). Years run from 1000 to 9999.
 */
public record TargetPeriod(String label) {

    private static final Pattern MONTH = Pattern.compile("[1-9]\\d{3}-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("[1-9]\\d{3}-Q[1-4]");
    private static final Pattern YEAR = Pattern.compile("[1-9]\\d{3}");

    public TargetPeriod {
        if (!isPeriod(label)) {
            throw new IllegalArgumentException("not a month, quarter or year: " + label);
        }
    }

    public static boolean isPeriod(String label) {
        return label != null
                && (MONTH.matcher(label).matches() || QUARTER.matcher(label).matches() || YEAR.matcher(label).matches());
    }

    @Override
    public String toString() {
        return label;
    }
}
