package io.ledgerline.credit.scoring;

import static io.ledgerline.credit.scoring.Fixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.credit.api.v1.GradeTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"100, A", "90, A", "89, B", "75, B", "74, C", "60, C", "59, D", "0, D"})
    void grades_by_the_default_bands(int score, String grade) {
        assertThat(Grading.grade(POLICY, score).grade()).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"39, false", "40, true", "100, true"})
    void trades_only_from_the_minimum_score(int score, boolean allowed) {
        assertThat(Grading.tradeAllowed(POLICY, score)).isEqualTo(allowed);
    }

    @Test
    void the_default_terms_of_grade_c() {
        GradeTerms c = Grading.grade(POLICY, 74);
        assertThat(c.limitMin()).isEqualByComparingTo("50000.00");
        assertThat(c.limitMax()).isEqualByComparingTo("300000.00");
        assertThat(c.paymentTermsDays()).isEqualTo(30);
        assertThat(c.prepaymentShare()).isEqualByComparingTo("0.30");
        assertThat(c.autoApprove()).isFalse();
    }
}
