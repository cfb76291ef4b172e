package io.ledgerline.credit.scoring;

import static io.ledgerline.credit.scoring.Fixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.GradeTerms;
import java.math.BigDecimal;
import java.util.List;
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

    @ParameterizedTest(name = "{0} after {1}: {2}")
    @CsvSource({"B, A, true", "D, C, true", "D, A, true", "C, C, false", "A, B, false", "C, D, false",
            "D, AA, false", "ZZ, A, false"})
    void a_grade_is_worse_when_its_min_score_is_lower_and_a_grade_the_policy_lacks_is_never_ranked(String grade, String previous,
                                                                                                 boolean worse) {
        assertThat(Grading.worse(POLICY, grade, previous)).isEqualTo(worse);
    }

    @Test
    void worse_follows_min_scores_not_names() {
        // a policy that names its best grade Z: A (min 0) is below it
        CreditPolicyDefinition letters = new CreditPolicyDefinition("letters", "CNY", 0, List.of(
                new GradeTerms("Z", 50, BigDecimal.ZERO, BigDecimal.ONE, 30, BigDecimal.ZERO, false, BigDecimal.ZERO),
                new GradeTerms("A", 0, BigDecimal.ZERO, BigDecimal.ONE, 0, BigDecimal.ONE, false, BigDecimal.ZERO)));
        assertThat(Grading.worse(letters, "A", "Z")).isTrue();
        assertThat(Grading.worse(letters, "Z", "A")).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"0, true", "59, true", "60, false", "100, false"})
    void the_default_policy_refers_scores_below_60(int score, boolean referred) {
        assertThat(Grading.belowInsuranceReferral(POLICY, score)).isEqualTo(referred);
    }

    @Test
    void a_policy_without_a_threshold_refers_no_score() {
        CreditPolicyDefinition none = new CreditPolicyDefinition(POLICY.name(), POLICY.currency(), POLICY.minimumScoreToTrade(),
                POLICY.grades());
        assertThat(Grading.belowInsuranceReferral(none, 0)).isFalse();
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
