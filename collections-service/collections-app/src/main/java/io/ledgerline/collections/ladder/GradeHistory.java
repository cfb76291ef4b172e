package io.ledgerline.collections.ladder;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A customer's credit assessments, each with its date and its place in the customer's credit history. The grade on a
 * business date D is that of the latest assessment dated before D (of one day, the later in the history): like every
 * fact, an assessment counts from the day after its date, so a grade decided on D changes the ladder from D + 1,
 * whenever during D it arrives.
 */
public record GradeHistory(List<Graded> assessments) {

    /** One assessment: its date, its sequence in the customer's credit history, and its grade. */
    public record Graded(LocalDate assessedOn, long sequence, String grade) {
    }

    private static final Comparator<Graded> ORDER = Comparator.comparing(Graded::assessedOn).thenComparingLong(Graded::sequence);

    public GradeHistory {
        assessments = List.copyOf(assessments);
    }

    public Optional<String> gradeOn(LocalDate day) {
        return assessments.stream().filter(g -> g.assessedOn().isBefore(day)).max(ORDER).map(Graded::grade);
    }
}
