package io.ledgerline.reporting.credit;

import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.projection.Projection;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

/**
 * Folds credit-service's events into each customer's grade history, its credit alerts and every order credit check with
 * its later release or cancellation. Every write is keyed by the fact's own id (assessment, event or order) and writes only
 * the columns its event states, so a repeat changes nothing and arrival order does not matter.
 */
@Singleton
public class CreditProjection implements Projection {

    public static final String NAME = "reporting.credit";
    /** {@code CreditTopics.EVENTS} of credit-api; reporting reads the topic, not the module. */
    public static final String TOPIC = "ledgerline.credit.events";

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
        return List.of("credit_grade", "credit_alert", "credit_alert_exposure", "credit_check");
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public void apply(Connection tx, EventEnvelope event) throws SQLException {
        Optional<GradeAssessment> assessment = GradeAssessment.from(event);
        if (assessment.isPresent()) {
            assessed(tx, assessment.get());
            return;
        }
        Optional<CheckOutcome> outcome = CheckOutcome.from(event);
        if (outcome.isPresent()) {
            checked(tx, outcome.get());
            return;
        }
        Optional<CheckRelease> release = CheckRelease.from(event);
        if (release.isPresent()) {
            released(tx, release.get());
            return;
        }
        Optional<CheckCancellation> cancellation = CheckCancellation.from(event);
        if (cancellation.isPresent()) {
            cancelled(tx, cancellation.get());
            return;
        }
        Optional<CreditAlert> alert = CreditAlert.from(event);
        if (alert.isPresent()) {
            raised(tx, alert.get());
        }
        // Scorecards, policies, statements, applications, limits and blocks are no part of these reports; ignored.
    }

    private static void assessed(Connection tx, GradeAssessment a) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO credit_grade (assessment_id, customer_id, assessed_on, grade, score, trade_allowed, scorecard_version,
                                          policy_version, trigger, sequence, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (assessment_id) DO NOTHING""")) {
            s.setString(1, a.assessmentId());
            s.setString(2, a.customerId());
            s.setDate(3, Date.valueOf(a.assessedOn()));
            s.setString(4, a.grade());
            s.setInt(5, a.score());
            s.setObject(6, a.tradeAllowed(), Types.BOOLEAN);
            s.setObject(7, a.scorecardVersion(), Types.INTEGER);
            s.setObject(8, a.policyVersion(), Types.INTEGER);
            s.setString(9, a.trigger());
            s.setLong(10, a.sequence());
            s.setTimestamp(11, Timestamp.from(a.recordedAt()));
            s.executeUpdate();
        }
    }

    private static void checked(Connection tx, CheckOutcome c) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO credit_check (order_id, customer_id, currency, amount, status, checked_on, reason_codes, inputs_read,
                                          grade_at_check, assessment_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_id) DO UPDATE
                SET customer_id = excluded.customer_id, currency = excluded.currency, amount = excluded.amount,
                    status = excluded.status, checked_on = excluded.checked_on, reason_codes = excluded.reason_codes,
                    inputs_read = excluded.inputs_read, grade_at_check = excluded.grade_at_check,
                    assessment_id = excluded.assessment_id""")) {
            s.setString(1, c.orderId());
            s.setString(2, c.customerId());
            s.setString(3, c.amount().currency());
            s.setBigDecimal(4, c.amount().amount());
            s.setString(5, c.status().name());
            s.setDate(6, Date.valueOf(c.checkedOn()));
            s.setArray(7, tx.createArrayOf("varchar", c.reasonCodes().toArray()));
            s.setBoolean(8, c.inputsRead());
            s.setString(9, c.gradeAtCheck());
            s.setString(10, c.assessmentId());
            s.executeUpdate();
        }
    }

    private static void released(Connection tx, CheckRelease r) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO credit_check (order_id, customer_id, currency, amount, released_on, released_as)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_id) DO UPDATE
                SET released_on = excluded.released_on, released_as = excluded.released_as,
                    currency = COALESCE(credit_check.currency, excluded.currency),
                    amount = COALESCE(credit_check.amount, excluded.amount)""")) {
            s.setString(1, r.orderId());
            s.setString(2, r.customerId());
            s.setString(3, r.amount() == null ? null : r.amount().currency());
            s.setBigDecimal(4, r.amount() == null ? null : r.amount().amount());
            s.setDate(5, Date.valueOf(r.releasedOn()));
            s.setString(6, r.role());
            s.executeUpdate();
        }
    }

    private static void cancelled(Connection tx, CheckCancellation c) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO credit_check (order_id, customer_id, currency, amount, cancelled_on, reservation_freed)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_id) DO UPDATE
                SET cancelled_on = excluded.cancelled_on, reservation_freed = excluded.reservation_freed,
                    currency = COALESCE(credit_check.currency, excluded.currency),
                    amount = COALESCE(credit_check.amount, excluded.amount)""")) {
            s.setString(1, c.orderId());
            s.setString(2, c.customerId());
            s.setString(3, c.amount() == null ? null : c.amount().currency());
            s.setBigDecimal(4, c.amount() == null ? null : c.amount().amount());
            s.setDate(5, Date.valueOf(c.cancelledOn()));
            s.setObject(6, c.reservationFreed(), Types.BOOLEAN);
            s.executeUpdate();
        }
    }

    private static void raised(Connection tx, CreditAlert a) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO credit_alert (event_id, kind, customer_id, assessment_id, alert_on, recorded_at, grade, score,
                                          from_grade, from_score, trigger, below_score)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""")) {
            s.setString(1, a.eventId());
            s.setString(2, a.kind().name());
            s.setString(3, a.customerId());
            s.setString(4, a.assessmentId());
            s.setDate(5, Date.valueOf(a.on()));
            s.setTimestamp(6, Timestamp.from(a.recordedAt()));
            s.setString(7, a.grade());
            s.setObject(8, a.score(), Types.INTEGER);
            s.setString(9, a.fromGrade());
            s.setObject(10, a.fromScore(), Types.INTEGER);
            s.setString(11, a.trigger());
            s.setObject(12, a.belowScore(), Types.INTEGER);
            s.executeUpdate();
        }
        for (Money exposure : a.exposureToCover()) {
            try (PreparedStatement s = tx.prepareStatement("""
                    INSERT INTO credit_alert_exposure (event_id, currency, amount) VALUES (?, ?, ?)
                    ON CONFLICT (event_id, currency) DO NOTHING""")) {
                s.setString(1, a.eventId());
                s.setString(2, exposure.currency());
                s.setBigDecimal(3, exposure.amount());
                s.executeUpdate();
            }
        }
    }
}
