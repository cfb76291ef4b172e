package io.ledgerline.reporting.aging;

import io.ledgerline.platform.web.problem.ProblemException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What an item's age counts from: days past its due date (the default) or days since its issue date. */
public enum AgingBasis {
    DUE("due", "i.due_date"),
    ISSUE("issue", "i.issue_date");

    private final String parameter;
    private final String column;

    AgingBasis(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    /** The name used in the API, e.g. {@code issue}. */
    public String parameter() {
        return parameter;
    }

    /** The date column of {@code open_item} (alias {@code i}) the age counts from; never user text. */
    public String column() {
        return column;
    }

    public static AgingBasis parse(String value) {
        if (value == null || value.isBlank()) {
            return DUE;
        }
        return Arrays.stream(values())
                .filter(b -> b.parameter.equals(value.trim()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("basis", "basis must be one of "
                        + Arrays.stream(values()).map(AgingBasis::parameter).collect(Collectors.joining(", "))
                        + ", not '" + value + "'"));
    }
}
