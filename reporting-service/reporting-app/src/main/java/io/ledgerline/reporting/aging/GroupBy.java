package io.ledgerline.reporting.aging;

import io.ledgerline.platform.web.problem.ProblemException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What an aging row is keyed by; each names the one SQL expression it groups on, never user text.
 * Customer dimensions come from the aging projection's own {@code aging_customer} (alias {@code c}),
 * joined at query time: an item whose customer has not arrived yet is {@value #UNKNOWN}, a known
 * customer without the attribute is {@value #NONE}. Item attributes ({@code itemType}, {@code productLine})
 * come from {@code open_item} (alias {@code i}) itself.
 */
public enum GroupBy {
    CUSTOMER("customer", "i.customer_id"),
    CURRENCY("currency", "i.currency"),
    REGION("region", dimension("c.region")),
    CUSTOMER_TYPE("customerType", dimension("c.customer_type")),
    SALES_OWNER("salesOwner", dimension("c.sales_owner")),
    ITEM_TYPE("itemType", "i.item_type"),
    /** The item's own product line ({@value #NONE} without one: older invoices, installments, late fees). */
    PRODUCT_LINE("productLine", "COALESCE(NULLIF(i.product_line, ''), '" + GroupBy.NONE + "')");

    public static final String UNKNOWN = "(unknown)";
    public static final String NONE = "(none)";

    private final String parameter;
    private final String expression;

    GroupBy(String parameter, String expression) {
        this.parameter = parameter;
        this.expression = expression;
    }

    /** The SQL expression over {@code open_item i} and {@code customer_dimension c} rows are keyed by; never user text. */
    public String expression() {
        return expression;
    }

    /** The name used in the API, e.g. {@code customerType}. */
    public String parameter() {
        return parameter;
    }

    public static GroupBy parse(String value) {
        if (value == null || value.isBlank()) {
            return CUSTOMER;
        }
        return Arrays.stream(values())
                .filter(g -> g.parameter.equals(value.trim()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("groupBy", "groupBy must be one of "
                        + Arrays.stream(values()).map(GroupBy::parameter).collect(Collectors.joining(", "))
                        + ", not '" + value + "'"));
    }

    private static String dimension(String column) {
        return "CASE WHEN c.customer_id IS NULL THEN '" + UNKNOWN + "' ELSE COALESCE(NULLIF(" + column + ", ''), '" + NONE + "') END";
    }
}
