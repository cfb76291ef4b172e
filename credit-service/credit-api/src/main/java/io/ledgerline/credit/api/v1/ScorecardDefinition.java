package io.ledgerline.credit.api.v1;

import java.util.List;

/**
 * A scorecard as data: its factors with weights and point bands, the rule for missing inputs, the
 * Altman zones and reputation weights. {@code currency} is the currency of the money inputs' bands
 * (registered capital, volume); an input in another currency is missing, never converted.
 */
public record ScorecardDefinition(
        String name,
        String currency,
        MissingDataRule missingData,
        AltmanZones altman,
        ReputationWeights reputation,
        List<Factor> factors) {

    public ScorecardDefinition {
        factors = factors == null ? List.of() : List.copyOf(factors);
    }
}
