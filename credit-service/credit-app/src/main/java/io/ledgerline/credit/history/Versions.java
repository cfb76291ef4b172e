package io.ledgerline.credit.history;

/** The scorecard and credit policy versions a decision was made by; either is null when the decision does not say. */
public record Versions(Integer scorecard, Integer policy) {

    /** Null when neither version is known, so an entry without versions shows none. */
    static Versions of(Integer scorecard, Integer policy) {
        return scorecard == null && policy == null ? null : new Versions(scorecard, policy);
    }
}
