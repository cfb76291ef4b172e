package io.ledgerline.credit.check;

import java.util.Map;

/**
 * How many days past due a customer's oldest overdue item may be before an order is held, per grade: A 30, B 15,
 * C 0 (any overdue item holds), D and any other grade 0. A constant until it earns a place in the credit policy.
 */
public final class OverdueTolerance {

    static final Map<String, Integer> DAYS_BY_GRADE = Map.of("A", 30, "B", 15, "C", 0, "D", 0);

    private OverdueTolerance() {
    }

    public static int days(String grade) {
        return DAYS_BY_GRADE.getOrDefault(grade, 0);
    }
}
