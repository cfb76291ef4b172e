package io.ledgerline.credit.scoring;

import static io.ledgerline.credit.scoring.Fixtures.CARD;
import static io.ledgerline.credit.scoring.Fixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.credit.api.v1.Band;
import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.Factor;
import io.ledgerline.credit.api.v1.GradeTerms;
import io.ledgerline.credit.api.v1.MissingDataRule;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DefinitionRulesTest {

    private static ScorecardDefinition withFactor(int index, UnaryOperator<Factor> change) {
        List<Factor> factors = new ArrayList<>(CARD.factors());
        factors.set(index, change.apply(factors.get(index)));
        return new ScorecardDefinition(CARD.name(), CARD.currency(), CARD.missingData(), CARD.altman(), CARD.reputation(), factors);
    }

    private static Factor withBands(Factor f, Band... bands) {
        return new Factor(f.id(), f.group(), f.input(), f.weight(), List.of(bands), f.categories(), f.otherwise());
    }

    private static Factor withWeight(Factor f, int weight) {
        return new Factor(f.id(), f.group(), f.input(), weight, f.bands(), f.categories(), f.otherwise());
    }

    private static Band band(String from, String to, int points) {
        return new Band(from == null ? null : new BigDecimal(from), to == null ? null : new BigDecimal(to), points);
    }

    private static void refused(ScorecardDefinition card, String field, String detail) {
        assertThatThrownBy(() -> ScorecardRules.validate(card)).isInstanceOf(InvalidDefinition.class)
                .hasMessageContaining(detail).extracting(e -> ((InvalidDefinition) e).field()).isEqualTo(field);
    }

    @Nested
    class Scorecards {

        @Test
        void the_shipped_default_is_valid_and_its_weights_sum_to_100() {
            assertThat(ScorecardRules.validate(CARD)).isSameAs(CARD);
            assertThat(CARD.factors().stream().mapToInt(Factor::weight).sum()).isEqualTo(100);
            assertThat(CARD.factors()).extracting(Factor::group).containsOnly("company-basics", "trading-history",
                    "payment-behaviour", "financial-health", "public-reputation");
        }

        @Test
        void weights_that_do_not_sum_to_100_are_refused() {
            refused(withFactor(0, f -> withWeight(f, 7)), "factors", "sum to 101");
        }

        @Test
        void a_weight_of_zero_is_refused() {
            refused(withFactor(1, f -> withWeight(f, 0)), "factors[1].weight", "positive");
        }

        @Test
        void bands_with_a_gap_are_refused() {
            refused(withFactor(0, f -> withBands(f, band(null, "2", 10), band("3", null, 100))), "factors[0].bands[1].from",
                    "without gap or overlap");
        }

        @Test
        void overlapping_bands_are_refused() {
            refused(withFactor(0, f -> withBands(f, band(null, "5", 10), band("2", null, 100))), "factors[0].bands[1].from",
                    "without gap or overlap");
        }

        @Test
        void a_band_that_ends_before_it_starts_is_refused() {
            refused(withFactor(0, f -> withBands(f, band(null, "5", 10), band("5", "3", 40), band("3", null, 100))),
                    "factors[0].bands[1].to", "must be above");
        }

        @Test
        void the_first_band_must_be_open_below_and_the_last_open_above() {
            refused(withFactor(0, f -> withBands(f, band("0", "2", 10), band("2", null, 100))), "factors[0].bands[0].from", "first band");
            refused(withFactor(0, f -> withBands(f, band(null, "2", 10), band("2", "99", 100))), "factors[0].bands[1].to", "last band");
        }

        @Test
        void points_above_100_are_refused() {
            refused(withFactor(0, f -> withBands(f, band(null, "2", 10), band("2", null, 101))), "factors[0].bands[1].points", "0-100");
        }

        @Test
        void an_unknown_input_is_refused() {
            refused(withFactor(0, f -> new Factor(f.id(), f.group(), "shoeSize", f.weight(), f.bands(), null, null)),
                    "factors[0].input", "unknown input 'shoeSize'");
        }

        @Test
        void a_categorical_factor_needs_otherwise() {
            refused(withFactor(2, f -> new Factor(f.id(), f.group(), f.input(), f.weight(), null, f.categories(), null)),
                    "factors[2].otherwise", "otherwise");
        }

        @Test
        void a_repeated_factor_id_is_refused() {
            refused(withFactor(1, f -> new Factor("years-since-founding", f.group(), f.input(), f.weight(), f.bands(), null, null)),
                    "factors[1].id", "appears twice");
        }

        @Test
        void an_unknown_missing_data_rule_is_refused() {
            refused(new ScorecardDefinition(CARD.name(), CARD.currency(), new MissingDataRule("ZERO", null), CARD.altman(),
                    CARD.reputation(), CARD.factors()), "missingData.rule", "NEUTRAL_POINTS or RENORMALISE");
        }
    }

    @Nested
    class Policies {

        private CreditPolicyDefinition withGrade(int index, GradeTerms grade) {
            List<GradeTerms> grades = new ArrayList<>(POLICY.grades());
            grades.set(index, grade);
            return new CreditPolicyDefinition(POLICY.name(), POLICY.currency(), POLICY.minimumScoreToTrade(), grades);
        }

        private void refused(CreditPolicyDefinition policy, String field) {
            assertThatThrownBy(() -> PolicyRules.validate(policy)).isInstanceOf(InvalidDefinition.class)
                    .extracting(e -> ((InvalidDefinition) e).field()).isEqualTo(field);
        }

        @Test
        void an_insurance_referral_threshold_outside_0_100_is_refused_and_none_is_fine() {
            refused(new CreditPolicyDefinition(POLICY.name(), POLICY.currency(), 40, POLICY.grades(), 101), "insuranceReferralBelowScore");
            refused(new CreditPolicyDefinition(POLICY.name(), POLICY.currency(), 40, POLICY.grades(), -1), "insuranceReferralBelowScore");
            assertThat(PolicyRules.validate(new CreditPolicyDefinition(POLICY.name(), POLICY.currency(), 40, POLICY.grades(), 100))
                    .insuranceReferralBelowScore()).isEqualTo(100);
            assertThat(PolicyRules.validate(new CreditPolicyDefinition(POLICY.name(), POLICY.currency(), 40, POLICY.grades()))
                    .insuranceReferralBelowScore()).isNull();
        }

        @Test
        void the_shipped_default_refers_below_60() {
            assertThat(POLICY.insuranceReferralBelowScore()).isEqualTo(60);
        }

        @Test
        void the_shipped_default_is_valid() {
            assertThat(PolicyRules.validate(POLICY).grades()).extracting(GradeTerms::grade, GradeTerms::minScore)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 90), org.assertj.core.groups.Tuple.tuple("B", 75),
                            org.assertj.core.groups.Tuple.tuple("C", 60), org.assertj.core.groups.Tuple.tuple("D", 0));
        }

        @Test
        void a_limit_range_upside_down_is_refused() {
            GradeTerms b = POLICY.grades().get(1);
            refused(withGrade(1, new GradeTerms("B", 75, new BigDecimal("2000000.00"), b.limitMax(), 45, b.prepaymentShare(),
                    true, b.autoApproveMaxAmount())), "grades[1].limitMax");
        }

        @Test
        void a_prepayment_share_above_one_is_refused() {
            GradeTerms d = POLICY.grades().get(3);
            refused(withGrade(3, new GradeTerms("D", 0, d.limitMin(), d.limitMax(), 0, new BigDecimal("1.5"), false,
                    d.autoApproveMaxAmount())), "grades[3].prepaymentShare");
        }

        @Test
        void some_grade_must_start_at_zero() {
            GradeTerms d = POLICY.grades().get(3);
            refused(withGrade(3, new GradeTerms("D", 10, d.limitMin(), d.limitMax(), 0, d.prepaymentShare(), false,
                    d.autoApproveMaxAmount())), "grades");
        }

        @Test
        void two_grades_with_one_minimum_are_refused() {
            GradeTerms c = POLICY.grades().get(2);
            refused(withGrade(2, new GradeTerms("C", 75, c.limitMin(), c.limitMax(), 30, c.prepaymentShare(), false,
                    c.autoApproveMaxAmount())), "grades[2].minScore");
        }
    }

    @Test
    void yaml_with_a_misspelt_key_is_not_read() {
        assertThatThrownBy(() -> DefinitionYaml.scorecard("/scorecards/misspelt.yaml")).hasMessageContaining("misspelt.yaml").hasStackTraceContaining("weigth");
    }
}
