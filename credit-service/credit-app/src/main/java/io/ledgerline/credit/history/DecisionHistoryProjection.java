package io.ledgerline.credit.history;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.credit.api.CreditTopics;
import io.ledgerline.credit.api.v1.CreditApplicationGranted;
import io.ledgerline.credit.api.v1.CreditApplicationRejected;
import io.ledgerline.credit.api.v1.CreditApplicationSubmitted;
import io.ledgerline.credit.api.v1.CreditCheckApproved;
import io.ledgerline.credit.api.v1.CreditCheckCancelled;
import io.ledgerline.credit.api.v1.CreditCheckHeld;
import io.ledgerline.credit.api.v1.CreditCheckRejected;
import io.ledgerline.credit.api.v1.CreditCheckReleased;
import io.ledgerline.credit.api.v1.CreditLimitAssigned;
import io.ledgerline.credit.api.v1.CustomerAssessed;
import io.ledgerline.credit.api.v1.CustomerCreditBlocked;
import io.ledgerline.credit.api.v1.CustomerCreditUnblocked;
import io.ledgerline.credit.api.v1.FactorContribution;
import io.ledgerline.credit.api.v1.FinancialStatementSubmitted;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.projection.Projection;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The decision ledger, from credit-service's own {@code ledgerline.credit.events}: one entry per decision about a customer
 * (assessments, statements, applications, limits, order checks, blocks, downgrade alerts and insurance referrals), each
 * explained with its figures, plus a grade change entry when an assessment grades the customer otherwise than the one
 * before, for which the customer's latest assessment is kept. Entries are numbered per customer in the order of the
 * customer's partition, so folding the topic again from offset 0 gives the same rows. Scorecard and policy publications
 * concern no customer and are not entries; unknown types are ignored.
 */
@Singleton
public class DecisionHistoryProjection implements Projection {

    public static final String NAME = "credit.decision-history";

    private static final Logger LOG = Logger.getLogger(DecisionHistoryProjection.class);
    private static final ObjectMapper JSON = EnvelopeCodec.mapper();
    private static final TypeReference<List<FactorContribution>> CONTRIBUTIONS = new TypeReference<>() {
    };

    /** Explains one event of a customer, given the history as folded so far. */
    @FunctionalInterface
    private interface Explain {
        List<Entry> entries(Connection tx, String customerId, EventEnvelope event) throws SQLException;
    }

    private final Map<String, Explain> explained = Map.ofEntries(
            Map.entry(typeOf(CustomerAssessed.class), this::assessed),
            Map.entry(typeOf(FinancialStatementSubmitted.class), (tx, customer, e) ->
                    List.of(AssessmentEntries.statement(data(e, FinancialStatementSubmitted.class), e.data()))),
            Map.entry(typeOf(CreditApplicationSubmitted.class), (tx, customer, e) ->
                    List.of(ApplicationEntries.submitted(data(e, CreditApplicationSubmitted.class), e.data()))),
            Map.entry(typeOf(CreditApplicationGranted.class), (tx, customer, e) ->
                    List.of(ApplicationEntries.granted(data(e, CreditApplicationGranted.class), e.data()))),
            Map.entry(typeOf(CreditApplicationRejected.class), (tx, customer, e) ->
                    List.of(ApplicationEntries.rejected(data(e, CreditApplicationRejected.class), e.data()))),
            Map.entry(typeOf(CreditLimitAssigned.class), (tx, customer, e) ->
                    List.of(ApplicationEntries.limitAssigned(data(e, CreditLimitAssigned.class), e.data()))),
            Map.entry(typeOf(CreditCheckApproved.class), (tx, customer, e) -> {
                CreditCheckApproved c = data(e, CreditCheckApproved.class);
                return List.of(CheckEntries.approved(c, e.data(), scorecardOf(tx, customer, c.inputs().assessmentId())));
            }),
            Map.entry(typeOf(CreditCheckHeld.class), (tx, customer, e) -> {
                CreditCheckHeld c = data(e, CreditCheckHeld.class);
                return List.of(CheckEntries.held(c, e.data(), scorecardOf(tx, customer, c.inputs().assessmentId())));
            }),
            Map.entry(typeOf(CreditCheckRejected.class), (tx, customer, e) -> {
                CreditCheckRejected c = data(e, CreditCheckRejected.class);
                return List.of(CheckEntries.rejected(c, e.data(), scorecardOf(tx, customer, c.inputs().assessmentId())));
            }),
            Map.entry(typeOf(CreditCheckReleased.class), (tx, customer, e) ->
                    List.of(CheckEntries.released(data(e, CreditCheckReleased.class), e.data()))),
            Map.entry(typeOf(CreditCheckCancelled.class), (tx, customer, e) ->
                    List.of(CheckEntries.cancelled(data(e, CreditCheckCancelled.class), e.data()))),
            Map.entry(typeOf(CustomerCreditBlocked.class), (tx, customer, e) ->
                    List.of(BlockEntries.blocked(data(e, CustomerCreditBlocked.class), e.data()))),
            Map.entry(typeOf(CustomerCreditUnblocked.class), (tx, customer, e) ->
                    List.of(BlockEntries.unblocked(data(e, CustomerCreditUnblocked.class), e.data()))),
            Map.entry(AlertEntries.DOWNGRADED, (tx, customer, e) ->
                    List.of(AlertEntries.downgraded(e.data(), latest(tx, customer)))),
            Map.entry(AlertEntries.REFERRED, (tx, customer, e) ->
                    List.of(AlertEntries.referred(e.data(), latest(tx, customer)))));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of(CreditTopics.EVENTS);
    }

    @Override
    public List<String> tables() {
        return List.of("credit_history_entry", "credit_history_assessment");
    }

    /** An event whose entries exist is a repeat and is passed over whole, so a repeat changes nothing. */
    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public void apply(Connection tx, EventEnvelope event) throws SQLException {
        Explain explain = explained.get(event.type());
        String customerId = event.customerId();
        if (explain == null || customerId == null || folded(tx, event.id())) {
            return;
        }
        List<Entry> entries;
        try {
            entries = explain.entries(tx, customerId, event);
        } catch (EnvelopeCodec.MalformedEnvelopeException e) {
            // it can never be explained; passed, as the runner passes unreadable records, so a rebuild passes it too
            LOG.errorf("The decision history passed event %s (%s) of customer %s: %s", event.id(), event.type(), customerId,
                    e.getMessage());
            return;
        }
        long position = lastPosition(tx, customerId);
        for (Entry entry : entries) {
            insert(tx, customerId, ++position, event, entry);
        }
    }

    /** The assessment's entry and, when its grade differs from the customer's previous assessment, the grade change. */
    private List<Entry> assessed(Connection tx, String customerId, EventEnvelope event) throws SQLException {
        CustomerAssessed a = data(event, CustomerAssessed.class);
        Assessment now = Assessment.of(a);
        List<Entry> entries = new ArrayList<>();
        entries.add(AssessmentEntries.assessed(a, event.data()));
        GradeChange.between(latest(tx, customerId), now).ifPresent(entries::add);
        remember(tx, customerId, now, event.data().path("contributions").toString());
        return entries;
    }

    private static boolean folded(Connection tx, String eventId) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("SELECT 1 FROM credit_history_entry WHERE event_id = ? LIMIT 1")) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long lastPosition(Connection tx, String customerId) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("SELECT coalesce(max(position), 0) FROM credit_history_entry WHERE customer_id = ?")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void insert(Connection tx, String customerId, long position, EventEnvelope event, Entry e) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO credit_history_entry (customer_id, position, event_id, kind, decided_on, recorded_at, summary, explanation,
                                                  decided_by, scorecard_version, policy_version, inputs, assessment_id, order_id,
                                                  application_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            s.setString(1, customerId);
            s.setLong(2, position);
            s.setString(3, event.id());
            s.setString(4, e.kind().name());
            s.setDate(5, e.at() == null ? null : Date.valueOf(e.at()));
            s.setTimestamp(6, Timestamp.from(event.time()));
            s.setString(7, e.summary());
            s.setString(8, json(e.explanation()));
            s.setString(9, e.decidedBy());
            setInteger(s, 10, e.versions() == null ? null : e.versions().scorecard());
            setInteger(s, 11, e.versions() == null ? null : e.versions().policy());
            s.setString(12, json(e.inputs()));
            s.setString(13, e.assessmentId());
            s.setString(14, e.orderId());
            s.setString(15, e.applicationId());
            s.executeUpdate();
        }
    }

    /** The customer's latest assessment as folded so far; null before the first. */
    private static Assessment latest(Connection tx, String customerId) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                SELECT assessment_id, assessed_on, assessed_by, score, grade, trade_allowed, scorecard_version, policy_version,
                       contributions
                FROM credit_history_assessment WHERE customer_id = ?""")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Assessment(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getBoolean(6), rs.getInt(7), rs.getInt(8), JSON.readValue(rs.getString(9), CONTRIBUTIONS));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the latest assessment of " + customerId + " is not readable", e);
        }
    }

    /** Keeps the assessment with its contributions as recorded ({@code contributions}, JSON), byte for byte on a rebuild. */
    private static void remember(Connection tx, String customerId, Assessment a, String contributions) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO credit_history_assessment (customer_id, assessment_id, assessed_on, assessed_by, score, grade, trade_allowed,
                                                       scorecard_version, policy_version, contributions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (customer_id) DO UPDATE
                SET assessment_id = excluded.assessment_id, assessed_on = excluded.assessed_on, assessed_by = excluded.assessed_by,
                    score = excluded.score, grade = excluded.grade, trade_allowed = excluded.trade_allowed,
                    scorecard_version = excluded.scorecard_version, policy_version = excluded.policy_version,
                    contributions = excluded.contributions""")) {
            s.setString(1, customerId);
            s.setString(2, a.assessmentId());
            s.setDate(3, Date.valueOf(a.assessedOn()));
            s.setString(4, a.assessedBy());
            s.setInt(5, a.score());
            s.setString(6, a.grade());
            s.setBoolean(7, a.tradeAllowed());
            s.setInt(8, a.scorecardVersion());
            s.setInt(9, a.policyVersion());
            s.setString(10, contributions);
            s.executeUpdate();
        }
    }

    /** The scorecard version of one of the customer's assessments, from its entry; null when the history has none. */
    private static Integer scorecardOf(Connection tx, String customerId, String assessmentId) throws SQLException {
        if (assessmentId == null) {
            return null;
        }
        try (PreparedStatement s = tx.prepareStatement("""
                SELECT scorecard_version FROM credit_history_entry
                WHERE assessment_id = ? AND kind = 'ASSESSMENT' AND customer_id = ?""")) {
            s.setString(1, assessmentId);
            s.setString(2, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? (Integer) rs.getObject(1) : null;
            }
        }
    }

    private static <T> T data(EventEnvelope event, Class<T> type) {
        return EnvelopeCodec.data(event, type);
    }

    static String typeOf(Class<?> event) {
        return event.getAnnotation(JsonTypeName.class).value();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a history entry", e);
        }
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }
}
