package io.ledgerline.collections.credit;

import io.ledgerline.collections.ladder.GradeHistory;
import io.ledgerline.platform.eventing.projection.ProjectionReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a customer's credit grade on a business date from {@link CreditGradesProjection} (the rule: {@link GradeHistory}). */
@ApplicationScoped
public class CustomerGrades {

    @Inject
    ProjectionReads reads;

    /** A downgrade credit-service recorded with an assessment. */
    public record Downgrade(String assessmentId, LocalDate assessedOn, String fromGrade, String toGrade, int fromScore, int toScore,
                            String trigger) {
    }

    /** The customer's downgrades assessed from {@code from} and before {@code before}, oldest first. */
    public List<Downgrade> downgrades(String customerId, LocalDate from, LocalDate before) {
        List<Downgrade> downgrades = new ArrayList<>();
        try (Connection c = reads.connection(); PreparedStatement s = c.prepareStatement("SELECT assessment_id, assessed_on, from_grade, "
                + "to_grade, from_score, to_score, trigger FROM credit_downgrade WHERE customer_id = ? AND assessed_on >= ? "
                + "AND assessed_on < ? ORDER BY assessed_on, assessment_id")) {
            s.setString(1, customerId);
            s.setDate(2, Date.valueOf(from));
            s.setDate(3, Date.valueOf(before));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    downgrades.add(new Downgrade(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getInt(6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the credit downgrades of customer " + customerId, e);
        }
        return downgrades;
    }

    public Optional<String> gradeOn(String customerId, LocalDate day) {
        List<GradeHistory.Graded> assessments = new ArrayList<>();
        try (Connection c = reads.connection(); PreparedStatement s = c.prepareStatement(
                "SELECT assessed_on, sequence, grade FROM customer_grade WHERE customer_id = ?")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    assessments.add(new GradeHistory.Graded(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the credit grades of customer " + customerId, e);
        }
        return new GradeHistory(assessments).gradeOn(day);
    }
}
