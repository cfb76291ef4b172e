package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Grades by score band and the terms of each grade, as data; below {@code minimumScoreToTrade} a
 * customer is not traded with at all, whatever its grade. An assessment scoring below
 * {@code insuranceReferralBelowScore} refers the customer for credit insurance or factoring (optional,
 * 0-100; absent: no referrals, as in versions published before it existed).
 */
public record CreditPolicyDefinition(
        String name,
        String currency,
        int minimumScoreToTrade,
        List<GradeTerms> grades,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer insuranceReferralBelowScore) {

    @JsonCreator
    public CreditPolicyDefinition {
        grades = grades == null ? List.of() : List.copyOf(grades);
    }

    /** A policy that refers no one for credit insurance or factoring. */
    public CreditPolicyDefinition(String name, String currency, int minimumScoreToTrade, List<GradeTerms> grades) {
        this(name, currency, minimumScoreToTrade, grades, null);
    }
}
