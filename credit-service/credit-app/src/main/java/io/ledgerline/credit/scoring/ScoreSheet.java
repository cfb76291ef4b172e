package io.ledgerline.credit.scoring;

import io.ledgerline.credit.api.v1.FactorContribution;
import io.ledgerline.credit.api.v1.MissingInput;
import java.math.BigDecimal;
import java.util.List;

/**
 * A score and how it came about: {@code score} is {@code exact} rounded half up; {@code coverage} is
 * the percent of the scorecard's weight whose inputs were known.
 */
public record ScoreSheet(int score, BigDecimal exact, BigDecimal coverage, String missingDataRule,
                         List<FactorContribution> contributions, List<MissingInput> missingData) {

    public ScoreSheet {
        contributions = List.copyOf(contributions);
        missingData = List.copyOf(missingData);
    }
}
