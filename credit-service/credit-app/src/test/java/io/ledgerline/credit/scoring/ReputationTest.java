package io.ledgerline.credit.scoring;

import static io.ledgerline.credit.scoring.Fixtures.CARD;
import static io.ledgerline.credit.scoring.Fixtures.SIGNALS;
import static io.ledgerline.credit.scoring.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReputationTest {

    @Test
    void severity_times_kind_times_recency_summed_over_signals() {
        // 6 x 1.00 x 1.00 + 3 x 1.50 x 0.50 + 1 x 0.50 x 0.20 = 6 + 2.25 + 0.10
        assertThat(Reputation.penalty(SIGNALS, CARD.reputation(), TODAY).total()).isEqualByComparingTo("8.35");
    }

    @Test
    void no_signals_no_penalty() {
        assertThat(Reputation.penalty(List.of(), CARD.reputation(), TODAY).total()).isEqualByComparingTo("0");
    }

    @ParameterizedTest(name = "observed {0}: {1}%")
    @CsvSource({"2013-04-01, 100", "2013-03-15, 100", "2012-03-16, 100", "2012-03-15, 50", "2010-03-16, 50",
            "2010-03-15, 20", "1999-01-01, 20"})
    void recency_steps_by_whole_months(LocalDate observedOn, int percent) {
        assertThat(Reputation.recencyPercent(observedOn, CARD.reputation(), TODAY)).isEqualTo(percent);
    }

    @Test
    void an_unknown_kind_counts_in_full_and_an_unknown_severity_as_the_worst() {
        List<RiskSignal> odd = List.of(new RiskSignal("SANCTIONS_HIT", "LOW", TODAY), new RiskSignal("JUDICIAL_RECORD", "SEVERE", TODAY));
        // 1 x 100% + 10 (CRITICAL, the highest) x 100%
        assertThat(Reputation.penalty(odd, CARD.reputation(), TODAY).total()).isEqualByComparingTo("11");
    }
}
