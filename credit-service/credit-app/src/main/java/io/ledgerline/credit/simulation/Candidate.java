package io.ledgerline.credit.simulation;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.ScorecardDefinition;

/**
 * What a simulation replays the history under: a scorecard and a credit policy, each a published version or an inline
 * definition, or null for the version each decision recorded. At least one of them is a candidate.
 */
record Candidate(Choice<ScorecardDefinition> scorecard, Choice<CreditPolicyDefinition> policy) {

    /** A published version ({@code version} set) or an inline definition, never published ({@code version} null). */
    record Choice<T>(Integer version, T definition) {
    }
}
