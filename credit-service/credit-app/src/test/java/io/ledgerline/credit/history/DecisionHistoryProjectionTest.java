package io.ledgerline.credit.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.credit.api.v1.CustomerCreditBlocked;
import io.ledgerline.credit.api.v1.ScorecardPublished;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The decision history folds credit-service's own topic: events published there as the relay publishes them. */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class DecisionHistoryProjectionTest {

    static final String BLOCKED = DecisionHistoryProjection.typeOf(CustomerCreditBlocked.class);

    private static String unique() {
        return "HP-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** position, kind, event id, decided on, summary, scorecard and policy version of each entry, in position order. */
    private static List<String> entries(String customerId) throws Exception {
        List<String> entries = new ArrayList<>();
        try (Connection c = TestStack.connect("credit"); PreparedStatement s = c.prepareStatement("""
                SELECT position, kind, event_id, decided_on, summary, scorecard_version, policy_version, assessment_id, recorded_at
                FROM credit_history_entry WHERE customer_id = ? ORDER BY position""")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getDate(4) + " | "
                            + rs.getString(5) + " | v" + rs.getObject(6) + "/v" + rs.getObject(7) + " " + rs.getString(8) + " "
                            + rs.getTimestamp(9).toInstant());
                }
            }
        }
        return entries;
    }

    /** The contributions of GradeChangeTest's first case: 82 (B) -> 64 (C), overdue -10.00 and reputation -8.00. */
    static EventEnvelope[] gradeBThenC(CreditEvents events) {
        EventEnvelope first = events.assessed("a-1", "2013-02-01", 82, "B", null,
                "years-since-founding:10:70:7.00:yearsSinceFounding=7", "oldest-overdue-age:20:100:20.00:oldestOverdueDays=0",
                "reputation:20:100:20.00:reputationPenalty=0", "altman-z:50:70:35.00:altmanZone=GREY");
        EventEnvelope second = events.assessed("a-2", "2013-03-15", 64, "C", "overdue",
                "years-since-founding:10:70:7.00:yearsSinceFounding=7", "oldest-overdue-age:20:50:10.00:oldestOverdueDays=40",
                "reputation:20:60:12.00:reputationPenalty=6", "altman-z:50:70:35.00:altmanZone=GREY");
        return new EventEnvelope[] {first, second};
    }

    @Test
    void each_assessment_is_an_entry_and_a_grade_other_than_the_previous_adds_the_grade_change_after_it() throws Exception {
        String customer = unique();
        EventEnvelope[] assessed = gradeBThenC(new CreditEvents(customer));

        assertThat(entries(customer)).containsExactly(
                "1 ASSESSMENT " + assessed[0].id() + " 2013-02-01 | score 82, grade B by scorecard v1 and credit policy v1 | v1/v1 a-1 "
                        + CreditEvents.RECORDED,
                "2 ASSESSMENT " + assessed[1].id() + " 2013-03-15 | score 64, grade C by scorecard v1 and credit policy v1 "
                        + "(trigger: overdue) | v1/v1 a-2 " + CreditEvents.RECORDED,
                "3 GRADE_CHANGE " + assessed[1].id() + " 2013-03-15 | grade B -> C: score 82 -> 64; oldest-overdue-age -10.00 "
                        + "(oldestOverdueDays 0 -> 40); reputation -8.00 (reputationPenalty 0 -> 6) | v1/v1 a-2 " + CreditEvents.RECORDED);
    }

    @Test
    void a_repeated_event_changes_nothing_and_events_of_no_customer_or_of_unknown_types_make_no_entry() throws Exception {
        String customer = unique();
        CreditEvents events = new CreditEvents(customer);
        EventEnvelope[] assessed = gradeBThenC(events);
        List<String> before = CreditEvents.rows(customer);

        CreditEvents.send(assessed[0]);
        CreditEvents.send(assessed[1]);
        events.publish("ledgerline.credit.CreditSomethingNew.v1", "{\"note\":\"a type this history does not know\"}");
        CreditEvents.publishOfNoCustomer(DecisionHistoryProjection.typeOf(ScorecardPublished.class), "scorecards");
        assertThat(CreditEvents.rows(customer)).containsExactlyElementsOf(before);

        EventEnvelope blocked = events.publish(BLOCKED, """
                {"blockId":"b-1","reason":"disputed invoices under review","blockedBy":"collector-user","blockedOn":"2013-03-16",
                 "source":"MANUAL"}""");
        assertThat(entries(customer)).hasSize(4).last().asString()
                .startsWith("4 BLOCKED " + blocked.id() + " 2013-03-16 | credit blocked by collector-user: disputed invoices under review");
    }

    @Test
    void downgrade_alerts_and_insurance_referrals_are_read_from_their_json_with_the_versions_of_their_assessment() throws Exception {
        String customer = unique();
        CreditEvents events = new CreditEvents(customer);
        gradeBThenC(events);
        EventEnvelope downgraded = events.publish(AlertEntries.DOWNGRADED, """
                {"assessmentId":"a-2","assessedOn":"2013-03-15","fromGrade":"B","toGrade":"C","fromScore":82,"toScore":64,
                 "trigger":"overdue"}""");
        EventEnvelope referred = events.publish(AlertEntries.REFERRED, """
                {"assessmentId":"a-2","raisedOn":"2013-03-15","score":64,"belowScore":65,"grade":"C"}""");

        List<String> entries = entries(customer);
        assertThat(entries).hasSize(5);
        assertThat(entries.get(3)).isEqualTo("4 DOWNGRADE_ALERT " + downgraded.id() + " 2013-03-15 | downgrade alert: grade B -> C, "
                + "score 82 -> 64 (trigger: overdue) | v1/v1 a-2 " + CreditEvents.RECORDED);
        assertThat(entries.get(4)).isEqualTo("5 INSURANCE_REFERRAL " + referred.id() + " 2013-03-15 | referred to credit insurance: "
                + "score 64 below 65 (grade C), no exposure to cover | v1/v1 a-2 " + CreditEvents.RECORDED);
    }
}
