package io.ledgerline.credit.scoring;

import static io.ledgerline.credit.scoring.Fixtures.BASICS_AND_STATEMENT;
import static io.ledgerline.credit.scoring.Fixtures.CARD;
import static io.ledgerline.credit.scoring.Fixtures.EVERYTHING;
import static io.ledgerline.credit.scoring.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.credit.api.v1.AssessedFacts;
import org.junit.jupiter.api.Test;

class RecordedFactsTest {

    @Test
    void everything_known_reads_back_as_it_was_and_scores_the_same() {
        AssessedFacts recorded = RecordedFacts.record(EVERYTHING);
        assertThat(recorded.payments().averageDaysLate()).isEqualByComparingTo("7.5");
        assertThat(recorded.riskSignals()).hasSize(3);
        assertThat(RecordedFacts.replay(recorded)).isEqualTo(EVERYTHING);
        assertThat(Scoring.score(CARD, RecordedFacts.replay(recorded), TODAY)).isEqualTo(Scoring.score(CARD, EVERYTHING, TODAY));
    }

    @Test
    void unknown_parts_stay_unknown_rather_than_becoming_empty() {
        AssessedFacts recorded = RecordedFacts.record(BASICS_AND_STATEMENT);
        assertThat(recorded.trading()).isNull();
        assertThat(recorded.payments()).isNull();
        assertThat(recorded.riskSignals()).isNull();
        assertThat(RecordedFacts.replay(recorded)).isEqualTo(BASICS_AND_STATEMENT);
    }

    @Test
    void nothing_known_reads_back_as_nothing_known() {
        assertThat(RecordedFacts.replay(RecordedFacts.record(CreditFacts.nothingKnown()))).isEqualTo(CreditFacts.nothingKnown());
    }
}
