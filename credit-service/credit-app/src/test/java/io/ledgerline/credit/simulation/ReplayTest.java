package io.ledgerline.credit.simulation;

import static io.ledgerline.credit.simulation.History.NOTHING_KNOWN;
import static io.ledgerline.credit.simulation.History.SHIPPED;
import static io.ledgerline.credit.simulation.History.STATEMENT_ONLY;
import static io.ledgerline.credit.simulation.History.TODAY;
import static io.ledgerline.credit.simulation.History.approved;
import static io.ledgerline.credit.simulation.History.assessed;
import static io.ledgerline.credit.simulation.History.cny;
import static io.ledgerline.credit.simulation.History.held;
import static io.ledgerline.credit.simulation.History.inputs;
import static io.ledgerline.credit.simulation.History.policy;
import static io.ledgerline.credit.simulation.History.rejected;
import static io.ledgerline.credit.simulation.History.scorecard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.credit.api.v1.CreditCheckApproved;
import io.ledgerline.credit.api.v1.CreditEvent;
import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.CustomerAssessed;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import io.ledgerline.credit.simulation.Candidate.Choice;
import io.ledgerline.credit.simulation.Replayed.DecisionChange;
import io.ledgerline.credit.simulation.Replayed.Figures;
import io.ledgerline.credit.simulation.Replayed.GradeChange;
import io.ledgerline.credit.simulation.Replayed.GradeFigures;
import io.ledgerline.credit.simulation.Replayed.Outcomes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReplayTest {

    private static final String CUSTOMER = "0379-NEVHP";
    private static final Outcomes ONE_APPROVED = new Outcomes(1, 0, 0);
    private static final Outcomes ONE_HELD = new Outcomes(0, 1, 0);
    /** The shipped policy but B from 80: a score of 75-79 is C, whose orders never approve themselves. */
    private static final CreditPolicyDefinition B_FROM_80 = policy("B", "minScore", 80);
    /** The shipped policy but grade B approves orders up to 400000.00 CNY itself. */
    private static final CreditPolicyDefinition B_AUTO_400000 = policy("B", "autoApproveMaxAmount", "400000.00");

    private static Replayed replay(Candidate candidate, Scope scope, CreditEvent... history) {
        Replay replay = new Replay(candidate, Map.of(1, SHIPPED, 2, policy("C", "minScore", 50))::get, scope);
        for (CreditEvent event : history) {
            replay.accept(event);
        }
        return replay.result();
    }

    private static Replayed replay(Candidate candidate, CreditEvent... history) {
        return replay(candidate, Scope.everything(), history);
    }

    private static Candidate inlinePolicy(CreditPolicyDefinition policy) {
        return new Candidate(null, new Choice<>(null, policy));
    }

    private static Candidate inlineScorecard(ScorecardDefinition card) {
        return new Candidate(new Choice<>(null, card), null);
    }

    /** Score 77, grade B under the shipped policy (version 1), recorded before facts were kept. */
    private static CustomerAssessed gradeB77(String id, LocalDate on) {
        return assessed(CUSTOMER, id, on, 77, "B", 1, null);
    }

    @Nested
    class Checks {

        @Test
        void a_stricter_policy_turns_b_into_c_and_an_approved_order_of_200000_would_have_been_held() {
            // 77 < 80: grade C, not approved automatically; limit 500000, exposure 200000: nothing else holds it
            CustomerAssessed b = gradeB77("a-1", TODAY);
            Replayed r = replay(inlinePolicy(B_FROM_80), b,
                    approved(CUSTOMER, "SO-1", "200000.00", TODAY, inputs(b, "500000.00", "0.00", "0.00", "200000.00", 0)));

            Figures c = new Figures(1, 1, ONE_APPROVED, ONE_HELD, 1, List.of(cny("200000.00")), 0, List.of());
            assertThat(r.grades()).containsExactly(new GradeFigures("C", c));
            assertThat(r.totals()).isEqualTo(c);
            assertThat(r.totals().exposureAvoided().get(0).amount().toPlainString()).isEqualTo("200000.00");
            assertThat(r.gradeChanges()).containsExactly(new GradeChange(CUSTOMER, "a-1", TODAY, 77, "B", 77, "C", false));
            assertThat(r.decisionChanges()).containsExactly(new DecisionChange("SO-1", CUSTOMER, TODAY, cny("200000.00"), "B", "APPROVED",
                    List.of(), "C", "HOLD", List.of("above-auto-approval")));
        }

        @Test
        void a_looser_policy_approves_a_held_order_and_adds_its_exposure() {
            // 320000 > B's 300000 held it; under 400000 it approves itself, within the 500000 limit
            CustomerAssessed b = gradeB77("a-1", TODAY);
            Replayed r = replay(inlinePolicy(B_AUTO_400000), b,
                    held(CUSTOMER, "SO-1", "320000.00", TODAY, inputs(b, "500000.00", "0.00", "0.00", "320000.00", 0),
                            "above-auto-approval"));

            assertThat(r.grades()).containsExactly(new GradeFigures("B",
                    new Figures(1, 1, ONE_HELD, ONE_APPROVED, 0, List.of(), 1, List.of(cny("320000.00")))));
            assertThat(r.gradeChanges()).isEmpty();
            assertThat(r.decisionChanges()).extracting(DecisionChange::candidateStatus).containsExactly("APPROVED");
        }

        @Test
        void the_recorded_limit_and_exposure_stay_so_an_order_over_the_limit_is_still_held() {
            // 300000 open + 150000 reserved + 100000 = 550000 > 500000
            CustomerAssessed b = gradeB77("a-1", TODAY);
            Replayed r = replay(inlinePolicy(B_AUTO_400000), b,
                    held(CUSTOMER, "SO-1", "100000.00", TODAY, inputs(b, "500000.00", "300000.00", "150000.00", "100000.00", 0),
                            "over-limit"));

            assertThat(r.totals()).isEqualTo(new Figures(1, 1, ONE_HELD, ONE_HELD, 0, List.of(), 0, List.of()));
            assertThat(r.decisionChanges()).isEmpty();
        }

        @Test
        void a_recorded_block_still_holds_an_order_the_candidate_would_approve() {
            CustomerAssessed b = gradeB77("a-1", TODAY);
            Replayed r = replay(inlinePolicy(B_AUTO_400000), b,
                    held(CUSTOMER, "SO-1", "1000.00", TODAY, inputs(b, "500000.00", "0.00", "0.00", "1000.00", 0), "blocked"));

            assertThat(r.totals().candidate()).isEqualTo(ONE_HELD);
            assertThat(r.decisionChanges()).isEmpty();
        }

        @Test
        void overdue_days_are_held_against_the_candidate_grade_tolerance() {
            // 10 days overdue: within B's 15 days, beyond C's 0
            CustomerAssessed b = gradeB77("a-1", TODAY);
            Replayed r = replay(inlinePolicy(B_FROM_80), b,
                    approved(CUSTOMER, "SO-1", "1000.00", TODAY, inputs(b, "500000.00", "5000.00", "0.00", "1000.00", 10)));

            assertThat(r.decisionChanges()).extracting(DecisionChange::candidateReasons)
                    .containsExactly(List.of("overdue-beyond-tolerance", "above-auto-approval"));
        }

        @Test
        void a_score_that_falls_to_d_and_below_the_minimum_to_trade_is_rejected() {
            // 62 was C (60-74) and held for approval; C from 65 and trading from 63 make it D below the minimum
            CustomerAssessed c = assessed(CUSTOMER, "a-1", TODAY, 62, "C", 1, null);
            CreditPolicyDefinition stricter = policy(tree -> {
                tree.put("minimumScoreToTrade", 63);
                History.grade(tree, "C").put("minScore", 65);
            });
            Replayed r = replay(inlinePolicy(stricter), c,
                    held(CUSTOMER, "SO-1", "1000.00", TODAY, inputs(c, "200000.00", "0.00", "0.00", "1000.00", 0), "above-auto-approval"));

            assertThat(r.grades()).containsExactly(new GradeFigures("D",
                    new Figures(1, 1, ONE_HELD, new Outcomes(0, 0, 1), 0, List.of(), 0, List.of())));
            assertThat(r.decisionChanges()).extracting(DecisionChange::candidateReasons)
                    .containsExactly(List.of("below-minimum-score", "grade-d"));
        }

        @Test
        void a_customer_never_assessed_counts_under_no_grade() {
            Replayed r = replay(inlinePolicy(B_FROM_80),
                    held("NEW-1", "SO-1", "1000.00", TODAY, inputs(null, null, "0.00", "0.00", "1000.00", 0), "not-assessed",
                            "no-credit-limit"));

            assertThat(r.grades()).containsExactly(new GradeFigures(null,
                    new Figures(1, 1, ONE_HELD, ONE_HELD, 0, List.of(), 0, List.of())));
            assertThat(r.gradeChanges()).isEmpty();
        }

        @Test
        void a_check_is_decided_with_the_assessment_it_read_even_when_a_later_one_was_stored_before_it() {
            // a-2 (62, C) committed before the check that had read a-1 (77, B): the check stands with a-1
            CustomerAssessed b = gradeB77("a-1", TODAY);
            CustomerAssessed c = assessed(CUSTOMER, "a-2", TODAY, 62, "C", 1, null);
            Replayed r = replay(inlinePolicy(B_AUTO_400000), b, c,
                    held(CUSTOMER, "SO-1", "320000.00", TODAY, inputs(b, "500000.00", "0.00", "0.00", "320000.00", 0),
                            "above-auto-approval"));

            assertThat(r.decisionChanges()).extracting(DecisionChange::candidateGrade, DecisionChange::candidateStatus)
                    .containsExactly(Tuple.tuple("B", "APPROVED"));
            // the customer counts under the grade in force at the end: a-2's C
            assertThat(r.grades()).extracting(GradeFigures::grade).containsExactly("B", "C");
            assertThat(r.grades().get(0).figures().customers()).isZero();
            assertThat(r.grades().get(1).figures().customers()).isEqualTo(1);
        }

        @Test
        void amounts_are_summed_per_currency_and_never_converted() {
            CustomerAssessed b = gradeB77("a-1", TODAY);
            Replayed r = replay(inlinePolicy(B_FROM_80), b,
                    approved(CUSTOMER, "SO-1", "200000.00", TODAY, inputs(b, "500000.00", "0.00", "0.00", "200000.00", 0)),
                    approved(CUSTOMER, "SO-2", "50000.50", TODAY, inputs(b, "500000.00", "0.00", "200000.00", "50000.50", 0)),
                    new CreditCheckApproved(CUSTOMER, "SO-3", new Money(new BigDecimal("1000.00"), "USD"), TODAY, "sales-user",
                            inputs(b, "500000.00", "0.00", "0.00", "1000.00", 0)));

            assertThat(r.totals().ordersNoLongerApproved()).isEqualTo(3);
            assertThat(r.totals().exposureAvoided()).containsExactly(cny("250000.50"),
                    new Money(new BigDecimal("1000.00"), "USD"));
        }
    }

    @Nested
    class Assessments {

        @Test
        void a_candidate_scorecard_scores_the_recorded_facts_again_and_grades_them_under_the_recorded_policy() {
            // neutral points 40: 20 + 80 x 40 / 100 = 52, below the shipped C's 60: D, and grade D rejects
            CustomerAssessed c = assessed(CUSTOMER, "a-1", TODAY, 60, "C", 1, STATEMENT_ONLY);
            Replayed r = replay(inlineScorecard(scorecard("NEUTRAL_POINTS", 40)), c,
                    held(CUSTOMER, "SO-1", "1000.00", TODAY, inputs(c, "200000.00", "0.00", "0.00", "1000.00", 0), "above-auto-approval"));

            assertThat(r.assessments()).isEqualTo(new Replayed.Assessments(1, 0, 1, 0, 0, List.of()));
            assertThat(r.gradeChanges()).containsExactly(new GradeChange(CUSTOMER, "a-1", TODAY, 60, "C", 52, "D", true));
            assertThat(r.decisionChanges()).extracting(DecisionChange::candidateStatus).containsExactly("REJECTED");
        }

        @Test
        void the_policy_version_each_assessment_recorded_grades_it_when_no_candidate_policy_is_given() {
            // version 2 has C from 50: the rescored 52 stays C there (it would be D under version 1)
            CustomerAssessed c = assessed(CUSTOMER, "a-1", TODAY, 60, "C", 2, STATEMENT_ONLY);
            Replayed r = replay(inlineScorecard(scorecard("NEUTRAL_POINTS", 40)), c);

            assertThat(r.gradeChanges()).isEmpty();
            assertThat(r.grades()).extracting(GradeFigures::grade).containsExactly("C");
        }

        @Test
        void an_assessment_without_facts_keeps_its_score_and_is_only_graded_again_and_the_result_says_so() {
            Replayed r = replay(new Candidate(new Choice<>(null, scorecard("NEUTRAL_POINTS", 40)), new Choice<>(3, B_FROM_80)),
                    gradeB77("a-1", TODAY));

            assertThat(r.assessments().withoutFacts()).isEqualTo(1);
            assertThat(r.assessments().rescored()).isZero();
            assertThat(r.assessments().notes()).containsExactly("1 assessment(s) recorded no facts (made before facts were kept): "
                    + "their recorded scores are kept and only graded again under the candidate");
            assertThat(r.gradeChanges()).containsExactly(new GradeChange(CUSTOMER, "a-1", TODAY, 77, "B", 77, "C", false));
        }

        @Test
        void an_assessment_the_candidate_scorecard_cannot_score_leaves_the_previous_one_in_force() {
            // RENORMALISE over nothing known cannot score a-2; a-1 (no facts, 77 kept: B) stays and approves the 100000 order
            CustomerAssessed c = assessed(CUSTOMER, "a-2", TODAY, 60, "C", 1, NOTHING_KNOWN);
            Replayed r = replay(inlineScorecard(scorecard("RENORMALISE", null)), gradeB77("a-1", TODAY.minusDays(10)), c,
                    held(CUSTOMER, "SO-1", "100000.00", TODAY, inputs(c, "500000.00", "0.00", "0.00", "100000.00", 0),
                            "above-auto-approval"));

            assertThat(r.assessments()).extracting(Replayed.Assessments::replayed, Replayed.Assessments::withoutFacts,
                    Replayed.Assessments::notScorable).containsExactly(2, 1, 1);
            assertThat(r.totals().exposureAdded()).containsExactly(cny("100000.00"));
            assertThat(r.gradeChanges()).containsExactly(new GradeChange(CUSTOMER, "a-2", TODAY, 60, "C", 77, "B", false));
        }

        @Test
        void without_a_candidate_scorecard_scores_are_as_recorded_and_the_result_says_so() {
            Replayed r = replay(inlinePolicy(B_FROM_80), assessed(CUSTOMER, "a-1", TODAY, 60, "C", 1, STATEMENT_ONLY));

            assertThat(r.assessments()).isEqualTo(new Replayed.Assessments(1, 0, 0, 0, 0,
                    List.of("no candidate scorecard: every assessment keeps its recorded score and is only graded again")));
        }

        @Test
        void an_assessment_graded_by_an_unpublished_policy_version_is_an_error_not_a_guess() {
            assertThatThrownBy(() -> replay(inlineScorecard(scorecard("NEUTRAL_POINTS", 40)),
                    assessed(CUSTOMER, "a-1", TODAY, 60, "C", 9, STATEMENT_ONLY)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("credit policy version 9");
        }
    }

    @Nested
    class Scopes {

        private final CustomerAssessed b = gradeB77("a-1", LocalDate.of(2013, 1, 10));
        private final CreditEvent february = approved(CUSTOMER, "SO-1", "200000.00", LocalDate.of(2013, 2, 1),
                inputs(b, "500000.00", "0.00", "0.00", "200000.00", 0));
        private final CreditEvent march = approved(CUSTOMER, "SO-2", "100000.00", LocalDate.of(2013, 3, 15),
                inputs(b, "500000.00", "0.00", "200000.00", "100000.00", 0));

        @Test
        void from_limits_the_checks_replayed_and_earlier_assessments_stay_in_force() {
            Replayed r = replay(inlinePolicy(B_FROM_80), new Scope(LocalDate.of(2013, 3, 1), null, null), b, february, march);

            assertThat(r.assessments().replayed()).isZero();
            assertThat(r.assessments().inForceAtFrom()).isEqualTo(1);
            assertThat(r.totals()).isEqualTo(new Figures(1, 1, ONE_APPROVED, ONE_HELD, 1, List.of(cny("100000.00")), 0, List.of()));
            assertThat(r.gradeChanges()).extracting(GradeChange::candidateGrade).containsExactly("C");
        }

        @Test
        void to_ends_the_window_inclusive() {
            Replayed r = replay(inlinePolicy(B_FROM_80), new Scope(null, LocalDate.of(2013, 2, 1), null), b, february, march);

            assertThat(r.totals().checks()).isEqualTo(1);
            assertThat(r.totals().exposureAvoided()).containsExactly(cny("200000.00"));
        }

        @Test
        void only_the_customers_named_are_replayed() {
            CustomerAssessed other = assessed("OTHER-1", "a-9", TODAY, 77, "B", 1, null);
            Replayed r = replay(inlinePolicy(B_FROM_80), new Scope(null, null, Set.of("OTHER-1")), b, february, march, other);

            assertThat(r.totals().customers()).isEqualTo(1);
            assertThat(r.totals().checks()).isZero();
            assertThat(r.gradeChanges()).extracting(GradeChange::customerId).containsExactly("OTHER-1");
        }
    }
}
