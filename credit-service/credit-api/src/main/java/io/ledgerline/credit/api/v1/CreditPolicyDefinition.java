package io.ledgerline.credit.api.v1;

import java.util.List;

/**
 * Grades by score band and the terms of each grade, as data; below {@code minimumScoreToTrade} a
 * customer is not traded with at all, whatever its grade.
 */
public record CreditPolicyDefinition(
        String name,
        String currency,
        int minimumScoreToTrade,
        List<GradeTerms> grades) {

    public CreditPolicyDefinition {
        grades = grades == null ? List.of() : List.copyOf(grades);
    }
}
