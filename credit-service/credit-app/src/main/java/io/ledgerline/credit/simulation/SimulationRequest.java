package io.ledgerline.credit.simulation;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import java.util.List;

/**
 * The body of a policy simulation: the candidate scorecard as a published {@code scorecardVersion} or an inline
 * {@code scorecard}, the candidate policy likewise ({@code policyVersion} or {@code policy}); an omitted one is the
 * version each decision recorded, but one of them must be given. {@code from} and {@code to} (ISO dates, inclusive)
 * and {@code customerIds} limit the decisions replayed.
 */
public record SimulationRequest(
        Integer scorecardVersion,
        Integer policyVersion,
        ScorecardDefinition scorecard,
        CreditPolicyDefinition policy,
        String from,
        String to,
        List<String> customerIds) {
}
