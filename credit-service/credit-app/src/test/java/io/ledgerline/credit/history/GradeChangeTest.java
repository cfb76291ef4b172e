package io.ledgerline.credit.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.credit.api.v1.FactorContribution;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Grade changes explained by the factors that moved most; every figure below is worked out by hand in the comments. */
class GradeChangeTest {

    private static FactorContribution factor(String id, int weight, Integer points, String contribution, Map<String, String> inputs,
                                             List<String> missing) {
        return new FactorContribution(id, "group", weight, points, new BigDecimal(contribution), inputs, missing);
    }

    private static FactorContribution factor(String id, int weight, Integer points, String contribution, Map<String, String> inputs) {
        return factor(id, weight, points, contribution, inputs, List.of());
    }

    private static Assessment assessment(String id, String on, int score, String grade, boolean trade, int scorecard, int policy,
                                         FactorContribution... contributions) {
        return new Assessment(id, LocalDate.parse(on), "credit-analyst-user", score, grade, trade, scorecard, policy,
                List.of(contributions));
    }

    @Nested
    class Named_movers {

        /**
         * before: years 7.00 + overdue 20.00 (100 x 20) + reputation 20.00 (100 x 20) + altman 35.00 = 82.00 -> 82, B;
         * after:  years 7.00 + overdue 10.00 (50 x 20)  + reputation 12.00 (60 x 20)  + altman 35.00 = 64.00 -> 64, C.
         * overdue moved -10.00, reputation -8.00; years and altman did not move (years' founding date is the same input).
         */
        @Test
        void the_factors_whose_contributions_moved_are_named_with_their_inputs_before_and_after() {
            Assessment before = assessment("a-1", "2013-02-01", 82, "B", true, 1, 1,
                    factor("years-since-founding", 10, 70, "7.00", Map.of("foundingDate", "2006-01-10", "yearsSinceFounding", "7")),
                    factor("oldest-overdue-age", 20, 100, "20.00", Map.of("oldestOverdueDays", "0")),
                    factor("reputation", 20, 100, "20.00", Map.of("reputationPenalty", "0")),
                    factor("altman-z", 50, 70, "35.00", Map.of("altmanZone", "GREY")));
            Assessment after = assessment("a-2", "2013-03-15", 64, "C", true, 1, 1,
                    factor("years-since-founding", 10, 70, "7.00", Map.of("foundingDate", "2006-01-10", "yearsSinceFounding", "7")),
                    factor("oldest-overdue-age", 20, 50, "10.00", Map.of("oldestOverdueDays", "40")),
                    factor("reputation", 20, 60, "12.00", Map.of("reputationPenalty", "6")),
                    factor("altman-z", 50, 70, "35.00", Map.of("altmanZone", "GREY")));

            Entry change = GradeChange.between(before, after).orElseThrow();

            assertThat(change.kind()).isEqualTo(EntryKind.GRADE_CHANGE);
            assertThat(change.summary()).isEqualTo("grade B -> C: score 82 -> 64; oldest-overdue-age -10.00 (oldestOverdueDays 0 -> 40); "
                    + "reputation -8.00 (reputationPenalty 0 -> 6)");
            assertThat(change.explanation()).containsExactly(
                    "grade B -> C: score 82 -> 64 (assessment a-1 of 2013-02-01 -> assessment a-2 of 2013-03-15)",
                    "the contributions sum 82.00 -> 64.00 (-18.00), rounded half up to the scores",
                    "by scorecard v1 and credit policy v1",
                    "oldest-overdue-age -10.00 (oldestOverdueDays 0 -> 40): contribution 20.00 -> 10.00, points 100 -> 50 at weight 20",
                    "reputation -8.00 (reputationPenalty 0 -> 6): contribution 20.00 -> 12.00, points 100 -> 60 at weight 20");
            assertThat(change.at()).isEqualTo(LocalDate.parse("2013-03-15"));
            assertThat(change.assessmentId()).isEqualTo("a-2");
            assertThat(change.decidedBy()).isEqualTo("credit-analyst-user");
            assertThat(change.versions()).isEqualTo(new Versions(1, 1));
            JsonNode movers = change.inputs().path("movers");
            assertThat(movers).hasSize(2);
            assertThat(movers.get(0).path("factor").asText()).isEqualTo("oldest-overdue-age");
            assertThat(movers.get(0).path("change").asText()).isEqualTo("-10.00");
            assertThat(movers.get(0).path("inputs").path("oldestOverdueDays").path("after").asText()).isEqualTo("40");
            assertThat(change.inputs().path("from").path("grade").asText()).isEqualTo("B");
            assertThat(change.inputs().path("to").path("score").asInt()).isEqualTo(64);
        }

        /**
         * before 10.00 + 5.00 + 20.00 + 10.00 + 17.00 = 62.00 -> 62, C; after 4.00 + 1.00 + 14.00 + 12.00 + 16.00 = 47.00 -> 47, D.
         * moves: a -6.00, b -4.00, c -6.00, d +2.00, e -1.00. The three biggest: a and c (equal, a first in the scorecard),
         * then b; d and e together +1.00.
         */
        @Test
        void only_the_three_biggest_moves_are_named_equal_moves_in_scorecard_order_and_the_rest_summed() {
            Assessment before = assessment("a-1", "2013-01-15", 62, "C", true, 1, 1,
                    factor("a", 10, 100, "10.00", Map.of("x", "1")),
                    factor("b", 10, null, "5.00", Map.of(), List.of("ownershipType")),
                    factor("c", 20, 100, "20.00", Map.of("c", "0")),
                    factor("d", 20, 50, "10.00", Map.of("d", "3")),
                    factor("e", 20, 85, "17.00", Map.of("e", "5")));
            Assessment after = assessment("a-2", "2013-03-15", 47, "D", false, 1, 2,
                    factor("a", 10, 40, "4.00", Map.of("x", "9")),
                    factor("b", 10, 10, "1.00", Map.of("ownershipType", "SOLE_PROPRIETOR")),
                    factor("c", 20, 70, "14.00", Map.of("c", "2")),
                    factor("d", 20, 60, "12.00", Map.of("d", "1")),
                    factor("e", 20, 80, "16.00", Map.of("e", "6")));

            Entry change = GradeChange.between(before, after).orElseThrow();

            assertThat(change.summary()).isEqualTo("grade C -> D: score 62 -> 47; a -6.00 (x 1 -> 9); c -6.00 (c 0 -> 2); "
                    + "b -4.00 (ownershipType missing -> SOLE_PROPRIETOR)");
            assertThat(change.explanation()).containsExactly(
                    "grade C -> D: score 62 -> 47 (assessment a-1 of 2013-01-15 -> assessment a-2 of 2013-03-15)",
                    "the contributions sum 62.00 -> 47.00 (-15.00), rounded half up to the scores",
                    "by scorecard v1 and credit policy v1 -> v2",
                    "a -6.00 (x 1 -> 9): contribution 10.00 -> 4.00, points 100 -> 40 at weight 10",
                    "c -6.00 (c 0 -> 2): contribution 20.00 -> 14.00, points 100 -> 70 at weight 20",
                    "b -4.00 (ownershipType missing -> SOLE_PROPRIETOR): contribution 5.00 -> 1.00, points none (no data) -> 10 at weight 10",
                    "2 other factors moved +1.00 in all: d +2.00, e -1.00",
                    "trade is no longer allowed: the score is below the policy's minimum to trade");
            assertThat(change.versions()).isEqualTo(new Versions(1, 2));
            assertThat(change.inputs().path("movers")).extracting(JsonNode::toString).hasSize(5);
        }

        /**
         * A new scorecard: g (10.00) is gone, h is new (20 x 10 = 2.00), f reads the same input but its bands give 40 points
         * instead of 70 (7.00 -> 4.00). 60.00 + 7.00 + 10.00 = 77 (B) -> 60.00 + 4.00 + 2.00 = 66 (C).
         */
        @Test
        void a_new_scorecard_shows_factors_added_and_dropped_and_points_that_moved_on_the_same_inputs() {
            Assessment before = assessment("a-1", "2013-01-15", 77, "B", true, 1, 1,
                    factor("base", 60, 100, "60.00", Map.of("base", "1")),
                    factor("f", 10, 70, "7.00", Map.of("f", "3")),
                    factor("g", 10, 100, "10.00", Map.of("g", "1")));
            Assessment after = assessment("a-2", "2013-03-15", 66, "C", true, 2, 1,
                    factor("base", 60, 100, "60.00", Map.of("base", "1")),
                    factor("f", 10, 40, "4.00", Map.of("f", "3")),
                    factor("h", 10, 20, "2.00", Map.of("h", "1")));

            Entry change = GradeChange.between(before, after).orElseThrow();

            assertThat(change.summary()).isEqualTo("grade B -> C: score 77 -> 66; g -10.00 (not in scorecard v2); "
                    + "f -3.00 (inputs unchanged, points 70 -> 40); h +2.00 (new in scorecard v2)");
            assertThat(change.explanation()).contains("by scorecard v1 -> v2 and credit policy v1",
                    "g -10.00 (not in scorecard v2): contribution 10.00 -> none",
                    "h +2.00 (new in scorecard v2): contribution none -> 2.00");
        }

        @Test
        void a_grade_that_changed_with_no_factor_moving_is_the_new_policys_doing() {
            FactorContribution same = factor("altman-z", 100, 70, "70.00", Map.of("altmanZone", "GREY"));
            Entry change = GradeChange.between(assessment("a-1", "2013-01-15", 70, "C", true, 1, 1, same),
                    assessment("a-2", "2013-03-15", 70, "B", true, 1, 2, same)).orElseThrow();

            assertThat(change.summary()).isEqualTo("grade C -> B: score 70 -> 70");
            assertThat(change.explanation()).contains("no factor's contribution moved: credit policy v2 grades the score otherwise "
                    + "than v1 did");
        }
    }

    @Nested
    class No_change {

        @Test
        void the_same_grade_is_no_grade_change_however_the_score_moved() {
            Assessment before = assessment("a-1", "2013-01-15", 70, "C", true, 1, 1,
                    factor("altman-z", 100, 70, "70.00", Map.of("altmanZone", "GREY")));
            Assessment after = assessment("a-2", "2013-03-15", 62, "C", true, 1, 1,
                    factor("altman-z", 100, 62, "62.00", Map.of("altmanZone", "GREY")));
            assertThat(GradeChange.between(before, after)).isEmpty();
        }

        @Test
        void a_first_assessment_changes_no_grade() {
            assertThat(GradeChange.between(null, assessment("a-1", "2013-01-15", 70, "C", true, 1, 1))).isEmpty();
        }
    }
}
