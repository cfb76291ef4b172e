package io.ledgerline.credit.history;

import io.ledgerline.credit.api.v1.CustomerAssessed;
import io.ledgerline.credit.api.v1.FactorContribution;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the history keeps of a customer's latest assessment to explain how the next one differs. */
record Assessment(String assessmentId, LocalDate assessedOn, String assessedBy, int score, String grade, boolean tradeAllowed,
                  int scorecardVersion, int policyVersion, List<FactorContribution> contributions) {

    Assessment {
        contributions = List.copyOf(contributions);
    }

    static Assessment of(CustomerAssessed a) {
        return new Assessment(a.assessmentId(), a.assessedOn(), a.assessedBy(), a.score(), a.grade(), a.tradeAllowed(),
                a.scorecardVersion(), a.policyVersion(), a.contributions());
    }

    /** The unrounded score: the contributions' sum. */
    BigDecimal contributionSum() {
        return contributions.stream().map(Assessment::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal contribution(FactorContribution c) {
        return c.contribution() == null ? BigDecimal.ZERO : c.contribution();
    }
}
