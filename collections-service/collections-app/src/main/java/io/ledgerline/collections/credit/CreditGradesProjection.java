package io.ledgerline.collections.credit;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.projection.Projection;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Every customer's credit grades from {@code ledgerline.credit.events}: each {@code CustomerAssessed.v1}'s grade and date,
 * once per assessment id, so the grade on any date is the latest assessed before it ({@link CustomerGrades}). A new one
 * is followed up in the same transaction ({@link GradeFollowUp}). Each {@code CreditGradeDowngraded.v1} is kept too, for
 * the review it gives the customer's open case. Other types are ignored.
 */
@Singleton
public class CreditGradesProjection implements Projection {

    public static final String NAME = "collections.credit-grades";
    /** {@code CreditTopics.EVENTS} of credit-api; collections-service reads the topic's JSON, not the module. */
    public static final String TOPIC = "ledgerline.credit.events";
    static final String CUSTOMER_ASSESSED = "ledgerline.credit.CustomerAssessed.v1";
    static final String GRADE_DOWNGRADED = "ledgerline.credit.CreditGradeDowngraded.v1";

    @Inject
    GradeFollowUp followUp;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of(TOPIC);
    }

    @Override
    public List<String> tables() {
        return List.of("customer_grade", "credit_downgrade");
    }

    /** Keyed by assessment id: a repeated assessment changes nothing. */
    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public void apply(Connection tx, EventEnvelope event) throws SQLException {
        if (GRADE_DOWNGRADED.equals(event.type())) {
            downgraded(tx, event);
            return;
        }
        if (!CUSTOMER_ASSESSED.equals(event.type())) {
            return;
        }
        JsonNode d = event.data();
        String customerId = text(event, d, "customerId");
        String grade = text(event, d, "grade");
        LocalDate assessedOn;
        try {
            assessedOn = LocalDate.parse(text(event, d, "assessedOn"));
        } catch (DateTimeParseException e) {
            throw malformed(event, "assessedOn");
        }
        int inserted;
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO customer_grade (assessment_id, customer_id, assessed_on, grade, sequence) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (assessment_id) DO NOTHING""")) {
            s.setString(1, text(event, d, "assessmentId"));
            s.setString(2, customerId);
            s.setDate(3, Date.valueOf(assessedOn));
            s.setString(4, grade);
            s.setLong(5, event.sequence());
            inserted = s.executeUpdate();
        }
        if (inserted == 1) {
            followUp.graded(tx, customerId, grade, assessedOn);
        }
    }

    /** Keyed by assessment id; a new one marks the customer, whose open case then gets a review of it. */
    private void downgraded(Connection tx, EventEnvelope event) throws SQLException {
        JsonNode d = event.data();
        String customerId = text(event, d, "customerId");
        LocalDate assessedOn = date(event, d, "assessedOn");
        int inserted;
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO credit_downgrade (assessment_id, customer_id, assessed_on, from_grade, to_grade, from_score, to_score, trigger)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (assessment_id) DO NOTHING""")) {
            s.setString(1, text(event, d, "assessmentId"));
            s.setString(2, customerId);
            s.setDate(3, Date.valueOf(assessedOn));
            s.setString(4, text(event, d, "fromGrade"));
            s.setString(5, text(event, d, "toGrade"));
            s.setInt(6, d.path("fromScore").asInt());
            s.setInt(7, d.path("toScore").asInt());
            s.setString(8, d.path("trigger").isTextual() ? d.path("trigger").asText() : null);
            inserted = s.executeUpdate();
        }
        if (inserted == 1) {
            followUp.graded(tx, customerId, text(event, d, "toGrade"), assessedOn);
        }
    }

    private static LocalDate date(EventEnvelope event, JsonNode d, String field) {
        try {
            return LocalDate.parse(text(event, d, field));
        } catch (DateTimeParseException e) {
            throw malformed(event, field);
        }
    }

    private static String text(EventEnvelope event, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            throw malformed(event, field);
        }
        return value.asText();
    }

    /** An assessment collections-service cannot read stops the projection (it retries and its lag shows) rather than be dropped. */
    private static IllegalArgumentException malformed(EventEnvelope event, String field) {
        return new IllegalArgumentException(event.type() + " " + event.id() + " has no valid '" + field + "'");
    }
}
