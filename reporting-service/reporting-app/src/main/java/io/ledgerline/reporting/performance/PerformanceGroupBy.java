package io.ledgerline.reporting.performance;

import io.ledgerline.platform.web.problem.ProblemException;
import java.util.Arrays;

/** What a collection performance row is for: one sales owner, or one sales team (its members' customers together). */
public enum PerformanceGroupBy {
    SALES_OWNER("salesOwner", "sales-owner"),
    TEAM("team", "team");

    private final String parameter;
    private final String targetScope;

    PerformanceGroupBy(String parameter, String targetScope) {
        this.parameter = parameter;
        this.targetScope = targetScope;
    }

    public String parameter() {
        return parameter;
    }

    /** The scope of the targets that apply to these rows, as {@code CollectionTargetSet} names it. */
    String targetScope() {
        return targetScope;
    }

    public static PerformanceGroupBy parse(String value) {
        if (value == null || value.isBlank()) {
            return SALES_OWNER;
        }
        return Arrays.stream(values()).filter(g -> g.parameter.equals(value.trim())).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("groupBy",
                        "groupBy must be salesOwner or team, not '" + value + "'"));
    }
}
