package io.ledgerline.credit.scoring;

import io.ledgerline.credit.api.v1.Band;
import io.ledgerline.credit.api.v1.Factor;
import io.ledgerline.credit.api.v1.FactorContribution;
import io.ledgerline.credit.api.v1.MissingDataRule;
import io.ledgerline.credit.api.v1.MissingInput;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a customer's facts with a scorecard, a pure function of both and the date. Each factor earns
 * 0-100 points from its input and contributes {@code weight x points / 100}; the score is the sum,
 * 0-100. A factor whose input is missing is listed in {@code missingData} and handled by the
 * scorecard's rule: {@code NEUTRAL_POINTS} scores it at the neutral points, {@code RENORMALISE} drops it
 * and scales the other contributions by {@code 100 / weight with data}. Never silently zero.
 */
public final class Scoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /** @throws NothingToScore when every input is missing and the rule is {@code RENORMALISE} */
    public static ScoreSheet score(ScorecardDefinition card, CreditFacts facts, LocalDate today) {
        String rule = card.missingData().rule();
        boolean renormalise = MissingDataRule.RENORMALISE.equals(rule);
        List<Resolution> resolutions = new ArrayList<>();
        int weightWithData = 0;
        for (Factor factor : card.factors()) {
            ScoringInput input = ScoringInput.byKey(factor.input())
                    .orElseThrow(() -> new IllegalArgumentException("unknown input " + factor.input()));
            Resolution r = input.resolve(facts, card, today);
            resolutions.add(r);
            if (!r.isMissing()) {
                weightWithData += factor.weight();
            }
        }
        if (renormalise && weightWithData == 0) {
            throw new NothingToScore("no input of the scorecard is known, so nothing can be renormalised over");
        }
        BigDecimal scale = renormalise ? HUNDRED.divide(BigDecimal.valueOf(weightWithData), MathContext.DECIMAL64) : BigDecimal.ONE;

        List<FactorContribution> contributions = new ArrayList<>();
        List<MissingInput> missing = new ArrayList<>();
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < card.factors().size(); i++) {
            Factor factor = card.factors().get(i);
            Resolution r = resolutions.get(i);
            Integer points;
            BigDecimal contribution;
            if (r.isMissing()) {
                points = null;
                contribution = renormalise ? BigDecimal.ZERO : weighted(factor.weight(), card.missingData().neutralPoints());
                missing.add(new MissingInput(factor.id(), factor.input(), r.missingReason()));
            } else {
                points = points(factor, r);
                contribution = weighted(factor.weight(), points).multiply(scale, MathContext.DECIMAL64);
            }
            exact = exact.add(contribution);
            contributions.add(new FactorContribution(factor.id(), factor.group(), factor.weight(), points,
                    contribution.setScale(2, RoundingMode.HALF_UP), r.used(),
                    r.isMissing() ? List.of(factor.input()) : List.of()));
        }
        BigDecimal coverage = BigDecimal.valueOf(weightWithData).setScale(2, RoundingMode.HALF_UP);
        int score = exact.setScale(0, RoundingMode.HALF_UP).intValueExact();
        return new ScoreSheet(score, exact.setScale(4, RoundingMode.HALF_UP), coverage, rule, contributions, missing);
    }

    /** The points a known input earns: the band it lies in, or its category's (else {@code otherwise}). */
    static int points(Factor factor, Resolution r) {
        if (r.number() != null) {
            for (Band band : factor.bands()) {
                boolean aboveFrom = band.from() == null || r.number().compareTo(band.from()) >= 0;
                boolean belowTo = band.to() == null || r.number().compareTo(band.to()) < 0;
                if (aboveFrom && belowTo) {
                    return band.points();
                }
            }
            throw new IllegalStateException("factor " + factor.id() + " has no band for " + r.number());
        }
        return factor.categories().getOrDefault(r.category(), factor.otherwise());
    }

    private static BigDecimal weighted(int weight, int points) {
        return BigDecimal.valueOf((long) weight * points).divide(HUNDRED);
    }

    /** A score cannot be formed because no input is known and the rule drops missing factors. */
    public static class NothingToScore extends RuntimeException {
        public NothingToScore(String message) {
            super(message);
        }
    }
}
