package io.ledgerline.reporting.aging;

import io.ledgerline.platform.web.problem.ProblemException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an aging row is keyed by; each names the one column it groups on, never user text. */
public enum GroupBy {
    CUSTOMER("i.customer_id"),
    CURRENCY("i.currency");

    private final String column;

    GroupBy(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    /** The name used in the API, e.g. {@code customer}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GroupBy parse(String value) {
        if (value == null || value.isBlank()) {
            return CUSTOMER;
        }
        return Arrays.stream(values())
                .filter(g -> g.parameter().equals(value.trim()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("groupBy", "groupBy must be one of "
                        + Arrays.stream(values()).map(GroupBy::parameter).collect(Collectors.joining(", "))
                        + ", not '" + value + "'"));
    }
}
