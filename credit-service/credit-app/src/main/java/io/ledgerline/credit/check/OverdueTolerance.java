package io.ledgerline.credit.check;

import io.ledgerline.credit.api.v1.GradeTerms;
import java.util.Map;

/**
 * How many days past due a customer's oldest overdue item may be before an order is held: the grade's
 * {@code overdueToleranceDays} in the policy version that graded the customer. A policy published before grades stated
 * it has the former defaults: A 30, B 15, C 0 (any overdue item holds), D and any other grade 0.
 */
public final class OverdueTolerance {

    static final Map<String, Integer> DAYS_BY_GRADE = Map.of("A", 30, "B", 15, "C", 0, "D", 0);

    private OverdueTolerance() {
    }

    /** The grade's tolerance as its policy states it, else the former default of the grade. */
    public static int days(GradeTerms terms) {
        return terms.overdueToleranceDays() != null ? terms.overdueToleranceDays() : days(terms.grade());
    }

    /** The former default of a grade, for policies published before grades stated their tolerance. */
    public static int days(String grade) {
        return DAYS_BY_GRADE.getOrDefault(grade, 0);
    }
}
