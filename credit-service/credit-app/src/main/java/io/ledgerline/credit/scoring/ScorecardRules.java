package io.ledgerline.credit.scoring;

import io.ledgerline.credit.api.v1.AltmanZones;
import io.ledgerline.credit.api.v1.Band;
import io.ledgerline.credit.api.v1.Factor;
import io.ledgerline.credit.api.v1.MissingDataRule;
import io.ledgerline.credit.api.v1.ReputationWeights;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What makes a scorecard usable: weights are positive and sum to 100; factor ids are unique; each
 * factor reads a known input; a numeric input has bands that start unbounded, follow each other
 * without gap or overlap in ascending order and end unbounded; a categorical input has categories
 * and an {@code otherwise}; points lie in 0-100; the missing-data rule is known; Altman zones have
 * distress below safe; reputation weights and recency steps are sound.
 */
public final class ScorecardRules {

    public static final Set<String> SEVERITIES = Set.of("LOW", "MEDIUM", "HIGH", "CRITICAL");
    public static final Set<String> KINDS = Set.of("REGISTRATION_CHANGE", "JUDICIAL_RECORD", "ENFORCEMENT_LISTING",
            "FINANCIAL_ANOMALY", "BUREAU_REPORT");

    private ScorecardRules() {
    }

    public static ScorecardDefinition validate(ScorecardDefinition card) {
        if (card == null) {
            throw new InvalidDefinition(null, "the body must be a scorecard");
        }
        text("name", card.name());
        currency("currency", card.currency());
        missingData(card.missingData());
        altman(card.altman());
        reputation(card.reputation());
        factors(card.factors());
        return card;
    }

    private static void factors(List<Factor> factors) {
        if (factors.isEmpty()) {
            throw new InvalidDefinition("factors", "a scorecard needs at least one factor");
        }
        Set<String> ids = new HashSet<>();
        int sum = 0;
        for (int i = 0; i < factors.size(); i++) {
            String at = "factors[" + i + "]";
            Factor f = factors.get(i);
            if (f == null) {
                throw new InvalidDefinition(at, "a factor must be an object");
            }
            text(at + ".id", f.id());
            text(at + ".group", f.group());
            if (!ids.add(f.id())) {
                throw new InvalidDefinition(at + ".id", "factor id '" + f.id() + "' appears twice");
            }
            if (f.weight() <= 0) {
                throw new InvalidDefinition(at + ".weight", "weight must be positive, got " + f.weight());
            }
            sum += f.weight();
            ScoringInput input = ScoringInput.byKey(text(at + ".input", f.input())).orElseThrow(() -> new InvalidDefinition(
                    at + ".input", "unknown input '" + f.input() + "'; known: " + knownInputs()));
            if (input.numeric()) {
                bands(at, f);
            } else {
                categories(at, f);
            }
        }
        if (sum != 100) {
            throw new InvalidDefinition("factors", "the factors' weights must sum to 100, they sum to " + sum);
        }
    }

    private static void bands(String at, Factor f) {
        if (f.bands().isEmpty() || !f.categories().isEmpty() || f.otherwise() != null) {
            throw new InvalidDefinition(at + ".bands", "input " + f.input() + " is numeric: give bands, no categories or otherwise");
        }
        for (int b = 0; b < f.bands().size(); b++) {
            String band = at + ".bands[" + b + "]";
            Band current = f.bands().get(b);
            if (current == null) {
                throw new InvalidDefinition(band, "a band must be an object");
            }
            points(band + ".points", current.points());
            boolean first = b == 0;
            boolean last = b == f.bands().size() - 1;
            if (first != (current.from() == null)) {
                throw new InvalidDefinition(band + ".from", first ? "the first band has no 'from': it covers everything below its 'to'"
                        : "every band but the first needs a 'from'");
            }
            if (last != (current.to() == null)) {
                throw new InvalidDefinition(band + ".to", last ? "the last band has no 'to': it covers everything from its 'from'"
                        : "every band but the last needs a 'to'");
            }
            if (current.from() != null && current.to() != null && current.to().compareTo(current.from()) <= 0) {
                throw new InvalidDefinition(band + ".to", "'to' " + current.to() + " must be above 'from' " + current.from());
            }
            if (!first && f.bands().get(b - 1).to().compareTo(current.from()) != 0) {
                throw new InvalidDefinition(band + ".from", "bands must be in ascending order without gap or overlap: 'from' "
                        + current.from() + " must equal the previous band's 'to' " + f.bands().get(b - 1).to());
            }
        }
    }

    private static void categories(String at, Factor f) {
        if (f.categories().isEmpty() || !f.bands().isEmpty()) {
            throw new InvalidDefinition(at + ".categories", "input " + f.input() + " is categorical: give categories, no bands");
        }
        if (f.otherwise() == null) {
            throw new InvalidDefinition(at + ".otherwise", "a categorical factor needs 'otherwise' for values it does not list");
        }
        f.categories().forEach((name, points) -> points(at + ".categories." + name, points == null ? -1 : points));
        points(at + ".otherwise", f.otherwise());
    }

    private static void missingData(MissingDataRule rule) {
        if (rule == null) {
            throw new InvalidDefinition("missingData", "missingData is required");
        }
        if (MissingDataRule.NEUTRAL_POINTS.equals(rule.rule())) {
            if (rule.neutralPoints() == null) {
                throw new InvalidDefinition("missingData.neutralPoints", "NEUTRAL_POINTS needs neutralPoints");
            }
            points("missingData.neutralPoints", rule.neutralPoints());
        } else if (!MissingDataRule.RENORMALISE.equals(rule.rule())) {
            throw new InvalidDefinition("missingData.rule", "rule must be NEUTRAL_POINTS or RENORMALISE, got '" + rule.rule() + "'");
        }
    }

    private static void altman(AltmanZones zones) {
        if (zones == null) {
            throw new InvalidDefinition("altman", "altman is required");
        }
        zones("altman.zPrime", zones.zPrime());
        zones("altman.zDoublePrime", zones.zDoublePrime());
    }

    private static void zones(String at, AltmanZones.Zones zones) {
        if (zones == null || zones.distressBelow() == null || zones.safeAbove() == null) {
            throw new InvalidDefinition(at, at + " needs distressBelow and safeAbove");
        }
        if (zones.distressBelow().compareTo(zones.safeAbove()) > 0) {
            throw new InvalidDefinition(at + ".safeAbove", "safeAbove must not be below distressBelow");
        }
    }

    private static void reputation(ReputationWeights weights) {
        if (weights == null) {
            throw new InvalidDefinition("reputation", "reputation is required");
        }
        for (String severity : SEVERITIES) {
            Integer points = weights.severityPoints().get(severity);
            if (points == null || points < 0) {
                throw new InvalidDefinition("reputation.severityPoints." + severity, "every severity needs points of 0 or more");
            }
        }
        percents("reputation.kindPercent", weights.kindPercent(), KINDS);
        int previous = 0;
        for (int i = 0; i < weights.recency().size(); i++) {
            ReputationWeights.RecencyStep step = weights.recency().get(i);
            String at = "reputation.recency[" + i + "]";
            if (step == null || step.withinMonths() <= previous) {
                throw new InvalidDefinition(at + ".withinMonths", "recency steps need ascending, positive withinMonths");
            }
            percent(at + ".percent", step.percent());
            previous = step.withinMonths();
        }
        percent("reputation.olderPercent", weights.olderPercent());
    }

    private static void percents(String at, Map<String, Integer> percents, Set<String> required) {
        for (String key : required) {
            Integer value = percents.get(key);
            if (value == null || value < 0) {
                throw new InvalidDefinition(at + "." + key, "every kind needs a percent of 0 or more");
            }
        }
    }

    private static void percent(String field, int value) {
        if (value < 0 || value > 100) {
            throw new InvalidDefinition(field, field + " must be 0-100, got " + value);
        }
    }

    private static void points(String field, int points) {
        if (points < 0 || points > 100) {
            throw new InvalidDefinition(field, "points must be 0-100, got " + points);
        }
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidDefinition(field, field + " is required");
        }
        if (value.length() > 200) {
            throw new InvalidDefinition(field, field + " is longer than 200 characters");
        }
        return value;
    }

    static void currency(String field, String code) {
        try {
            if (code == null || !java.util.Currency.getInstance(code).getCurrencyCode().equals(code)) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidDefinition(field, field + " must be an ISO 4217 code like CNY, got '" + code + "'");
        }
    }

    private static List<String> knownInputs() {
        return java.util.Arrays.stream(ScoringInput.values()).map(ScoringInput::key).toList();
    }
}
