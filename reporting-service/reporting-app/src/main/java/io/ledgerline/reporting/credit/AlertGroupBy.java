package io.ledgerline.reporting.credit;

import io.ledgerline.platform.web.problem.ProblemException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the alert counts are keyed by: the customer, or one of its attributes from reporting's customer dimension
 * ({@code customer_dimension c}, joined at query time): {@value #UNKNOWN} before the customer arrives there, {@value #NONE}
 * for a known customer without the attribute. Each names the one SQL expression it groups on, never user text.
 */
enum AlertGroupBy {
    CUSTOMER("customer", "a.customer_id"),
    REGION("region", dimension("c.region")),
    CUSTOMER_TYPE("customerType", dimension("c.customer_type")),
    SALES_OWNER("salesOwner", dimension("c.sales_owner"));

    static final String UNKNOWN = "(unknown)";
    static final String NONE = "(none)";

    private final String parameter;
    private final String expression;

    AlertGroupBy(String parameter, String expression) {
        this.parameter = parameter;
        this.expression = expression;
    }

    String parameter() {
        return parameter;
    }

    String expression() {
        return expression;
    }

    /** Absent means no counts. */
    static AlertGroupBy parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(g -> g.parameter.equals(value.trim())).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("groupBy", "groupBy must be one of "
                        + Arrays.stream(values()).map(AlertGroupBy::parameter).collect(Collectors.joining(", "))
                        + ", not '" + value + "'"));
    }

    private static String dimension(String column) {
        return "CASE WHEN c.customer_id IS NULL THEN '" + UNKNOWN + "' ELSE COALESCE(NULLIF(" + column + ", ''), '" + NONE + "') END";
    }
}
