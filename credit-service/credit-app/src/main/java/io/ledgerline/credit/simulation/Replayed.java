package io.ledgerline.credit.simulation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.ledgerline.credit.api.v1.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * What replaying the history under a candidate found: the assessments replayed, per candidate grade and in total the
 * checks decided as recorded and under the candidate with the exposure that would have been avoided or added, the
 * customers whose grade would change and the checks whose outcome would.
 */
public record Replayed(
        Assessments assessments,
        List<GradeFigures> grades,
        Figures totals,
        List<GradeChange> gradeChanges,
        List<DecisionChange> decisionChanges) {

    /**
     * Assessments dated in the window ({@code replayed}): scored again from their recorded facts under the candidate
     * scorecard ({@code rescored}), recorded without facts ({@code withoutFacts}: under a candidate scorecard they keep
     * their recorded score and are only graded again, as {@code notes} says), or not scorable by the candidate scorecard
     * so the customer's previous assessment stayed in force ({@code notScorable});
     * {@code inForceAtFrom} earlier ones were replayed only for the grade they left in force when the window opens.
     */
    public record Assessments(int replayed, int inForceAtFrom, int rescored, int withoutFacts, int notScorable, List<String> notes) {
    }

    /** How many checks came out approved, held and rejected. */
    public record Outcomes(int approved, int held, int rejected) {
    }

    /**
     * Customers (by the candidate grade in force at the end of the window) and checks (by the candidate grade in force
     * when each was made): outcomes as recorded and under the candidate; orders approved as recorded that the candidate
     * would hold or reject, with the exposure that avoids per currency, and the opposite.
     */
    public record Figures(int customers, int checks, Outcomes recorded, Outcomes candidate, int ordersNoLongerApproved,
                          List<Money> exposureAvoided, int ordersNewlyApproved, List<Money> exposureAdded) {
    }

    /** The figures of one candidate grade; {@code grade} null: customers never assessed (and their checks). */
    public record GradeFigures(String grade, @JsonUnwrapped Figures figures) {
    }

    /**
     * A customer whose latest recorded grade differs from the candidate's; {@code rescored} false when the candidate
     * kept the recorded score, candidate score and grade null when the candidate could score none of its assessments.
     */
    public record GradeChange(String customerId, String assessmentId, LocalDate assessedOn, int recordedScore, String recordedGrade,
                              Integer candidateScore, String candidateGrade, boolean rescored) {
    }

    /** An order credit check whose outcome the candidate would change, with the reason codes of both. */
    public record DecisionChange(String orderId, String customerId, LocalDate checkedOn, Money amount, String recordedGrade,
                                 String recordedStatus, List<String> recordedReasons, String candidateGrade, String candidateStatus,
                                 List<String> candidateReasons) {
    }
}
