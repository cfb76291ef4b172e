package io.ledgerline.collections.credit;

import io.ledgerline.collections.ladder.GradeHistory;
import io.ledgerline.platform.eventing.projection.ProjectionReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
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
