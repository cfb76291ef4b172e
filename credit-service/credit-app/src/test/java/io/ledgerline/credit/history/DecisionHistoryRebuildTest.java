package io.ledgerline.credit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.projection.ProjectionRebuild;
import io.ledgerline.platform.eventing.projection.ProjectionRunner;
import io.ledgerline.platform.eventing.projection.RebuildOutcome;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The decision history is a projection: rebuilt from offset 0 by ops, it comes back row for row, positions included. */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class DecisionHistoryRebuildTest {

    @Inject
    ProjectionRunner runner;

    @Inject
    DecisionHistory history;

    @Test
    void a_rebuild_folds_the_topic_again_into_the_same_rows() throws Exception {
        String customer = "HR-" + UUID.randomUUID().toString().substring(0, 8);
        CreditEvents events = new CreditEvents(customer);
        EventEnvelope[] assessed = DecisionHistoryProjectionTest.gradeBThenC(events);
        events.publish(DecisionHistoryProjectionTest.BLOCKED, """
                {"blockId":"b-1","reason":"disputed","blockedBy":"collector-user","blockedOn":"2013-03-16","source":"MANUAL"}""");
        CreditEvents.send(assessed[0]);
        events.assessed("a-3", "2013-03-17", 82, "B", "schedule",
                "years-since-founding:10:70:7.00:yearsSinceFounding=7", "oldest-overdue-age:20:100:20.00:oldestOverdueDays=0",
                "reputation:20:100:20.00:reputationPenalty=0", "altman-z:50:70:35.00:altmanZone=GREY");
        List<String> live = CreditEvents.rows(customer);
        // 2 assessments and their grade change, the block, the third assessment and its grade change back; its kept assessment
        assertThat(live).hasSize(6 + 1);

        RebuildOutcome outcome = runner.rebuild(DecisionHistoryProjection.NAME, "ops-test");
        assertThat(outcome).isInstanceOf(RebuildOutcome.Started.class);
        UUID rebuild = ((RebuildOutcome.Started) outcome).rebuild().id();
        await().atMost(Duration.ofSeconds(180)).until(() -> runner.rebuild(DecisionHistoryProjection.NAME, rebuild)
                .map(r -> r.state() != ProjectionRebuild.State.BUILDING).orElse(false));
        assertThat(runner.rebuild(DecisionHistoryProjection.NAME, rebuild).orElseThrow().state())
                .isEqualTo(ProjectionRebuild.State.SWITCHED);

        assertThat(CreditEvents.rows(customer)).containsExactlyElementsOf(live);
        assertThat(history.of(customer, Set.of(EntryKind.GRADE_CHANGE), 0, 10).orElseThrow().items())
                .extracting(HistoryItem::summary).containsExactly(
                        "grade B -> C: score 82 -> 64; oldest-overdue-age -10.00 (oldestOverdueDays 0 -> 40); reputation -8.00 "
                                + "(reputationPenalty 0 -> 6)",
                        "grade C -> B: score 64 -> 82; oldest-overdue-age +10.00 (oldestOverdueDays 40 -> 0); reputation +8.00 "
                                + "(reputationPenalty 6 -> 0)");
    }
}
