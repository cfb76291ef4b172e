package io.ledgerline.customer.performance;

import java.util.Arrays;
import java.util.Optional;

/** Whom a collection target is for: one sales owner (as customers' profiles name them) or one sales team. */
public enum TargetScope {
    SALES_OWNER("sales-owner"),
    TEAM("team");

    private final String parameter;

    TargetScope(String parameter) {
        this.parameter = parameter;
    }

    /** The name in paths and events, e.g. {@code sales-owner}. */
    public String parameter() {
        return parameter;
    }

    public static Optional<TargetScope> of(String parameter) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(parameter)).findFirst();
    }
}
