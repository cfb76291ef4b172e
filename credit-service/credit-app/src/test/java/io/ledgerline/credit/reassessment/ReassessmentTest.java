package io.ledgerline.credit.reassessment;

import static io.ledgerline.credit.CreditApi.as;
import static io.ledgerline.credit.CreditApi.storedEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.ledgerline.credit.CreditApi;
import io.ledgerline.credit.api.CreditTopics;
import io.ledgerline.credit.customer.CustomerEvents;
import io.ledgerline.credit.profile.CreditProfileCommand.AssessCustomer;
import io.ledgerline.credit.profile.CreditProfiles;
import io.ledgerline.credit.receivables.ReceivablesEvents;
import io.ledgerline.credit.receivables.ReceivablesFactsProjection;
import io.ledgerline.customer.api.v1.RiskSignalRecorded;
import io.ledgerline.platform.eventing.projection.ProjectionRebuild;
import io.ledgerline.platform.eventing.projection.ProjectionRunner;
import io.ledgerline.platform.eventing.projection.RebuildOutcome;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.ledgerline.testkit.TestTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Re-assessment end to end: facts published on the real customer and receivables topics, the sweep on request, the
 * worker running on its schedule ({@code %test} every second) as of the pinned business date 2013-03-15.
 *
 * <p>A customer registered on the customer topic (founded 2009-06-15: 3 years -> 40 x 6; 5,000,000.00 CNY -> 80 x 4;
 * PRIVATE -> 60 x 4) with no risk signal (penalty 0 -> 100 x 19) and nothing else known (67 x 50) scores
 * (240 + 320 + 240 + 1900 + 3350) / 100 = 60.50 -> 61, grade C under the default policy.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class ReassessmentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2013, 3, 15);
    private static final Duration WHILE = Duration.ofSeconds(60);

    @Inject
    CreditProfiles profiles;

    @Inject
    ReassessmentsDue due;

    @Inject
    ReassessmentWorker worker;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ProjectionRunner runner;

    @BeforeEach
    void theDefaultsAreCurrent() {
        CreditApi.defaultScorecardIsCurrent();
        CreditApi.defaultPolicyIsCurrent();
    }

    private static String unique() {
        return "RS-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registered on the customer topic and assessed on request: 61, grade C. */
    private static String assessedCustomer() {
        String id = unique();
        CustomerEvents.publish(CustomerEvents.registered(id), 0);
        as("credit-analyst").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201)
                .body("score", equalTo(61)).body("grade", equalTo("C")).body("trigger", equalTo("manual"));
        return id;
    }

    private static JsonNode credit(String id) throws Exception {
        return JSON.readTree(as("credit-analyst").get("/api/v1/customers/{id}/credit", id).then().statusCode(200).extract().asString());
    }

    /** Waits until the customer's latest assessment was made for {@code trigger} by credit-service, and returns it. */
    private static JsonNode reassessedFor(String id, String trigger) {
        await().atMost(WHILE).until(() -> {
            JsonNode c = credit(id);
            return trigger.equals(c.path("trigger").asText()) && "credit-service".equals(c.path("assessedBy").asText());
        });
        try {
            return credit(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The customer's events on ledgerline.credit.events, once at least {@code count} arrived. */
    private static List<JsonNode> published(String id, int count) {
        return TestTopics.readUntil(CreditTopics.EVENTS, read -> read.stream().filter(r -> id.equals(r.key())).count() >= count, WHILE)
                .stream().filter(r -> id.equals(r.key())).map(ConsumerRecord::value).map(ReassessmentTest::tree).toList();
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long assessments(String id) throws SQLException {
        try (Connection c = TestStack.connect("credit"); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%CustomerAssessed%'")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The customer's row in reassessment_due: "trigger | cause | since | revision | attempts | last_error". */
    private static Optional<String> dueRow(String id) throws SQLException {
        try (Connection c = TestStack.connect("credit"); PreparedStatement s = c.prepareStatement(
                "SELECT trigger, cause, since, revision, attempts, last_error FROM reassessment_due WHERE customer_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(String.join(" | ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), String.valueOf(rs.getString(6)))) : Optional.empty();
            }
        }
    }

    @Nested
    class OnNewFacts {

        @Test
        void a_judicial_record_on_the_customer_topic_regrades_the_customer_and_publishes_the_downgrade_and_referral() {
            String id = assessedCustomer();
            // a HIGH judicial record of 2013-03-01 (under 12 months: 100%): penalty 6 x 100% x 100% = 6.00 -> 35 x 19 = 665;
            // (800 + 665 + 3350) / 100 = 48.15 -> 48, grade D, below the referral threshold of 60
            CustomerEvents.publish(CustomerEvents.signal(id, "JUDICIAL_RECORD", "HIGH", LocalDate.of(2013, 3, 1)), 1);

            JsonNode credit = reassessedFor(id, "risk-signal");
            assertThat(credit.path("score").asInt()).isEqualTo(48);
            assertThat(credit.path("grade").asText()).isEqualTo("D");
            assertThat(credit.path("assessedOn").asText()).isEqualTo("2013-03-15");

            List<JsonNode> events = published(id, 4);
            assertThat(events).extracting(e -> e.path("type").asText()).containsExactly(
                    "ledgerline.credit.CustomerAssessed.v1", "ledgerline.credit.CustomerAssessed.v1",
                    "ledgerline.credit.CreditGradeDowngraded.v1", "ledgerline.credit.CreditInsuranceReferralRaised.v1");
            JsonNode downgraded = events.get(2).path("data");
            assertThat(downgraded.path("customerId").asText()).isEqualTo(id);
            assertThat(downgraded.path("assessmentId").asText()).isEqualTo(credit.path("assessmentId").asText());
            assertThat(downgraded.path("assessedOn").asText()).isEqualTo("2013-03-15");
            assertThat(downgraded.path("fromGrade").asText() + " " + downgraded.path("fromScore").asInt() + " -> "
                    + downgraded.path("toGrade").asText() + " " + downgraded.path("toScore").asInt()).isEqualTo("C 61 -> D 48");
            assertThat(downgraded.path("trigger").asText()).isEqualTo("risk-signal");
            JsonNode referral = events.get(3).path("data");
            assertThat(referral.path("score").asInt()).isEqualTo(48);
            assertThat(referral.path("belowScore").asInt()).isEqualTo(60);
            assertThat(referral.path("grade").asText()).isEqualTo("D");
            assertThat(referral.path("raisedOn").asText()).isEqualTo("2013-03-15");
            assertThat(referral.path("exposureToCover")).isEmpty();
        }

        @Test
        void the_same_signal_again_marks_nothing_and_is_not_assessed_twice() throws Exception {
            String id = assessedCustomer();
            RiskSignalRecorded signal = CustomerEvents.signal(id, "REGISTRATION_CHANGE", "LOW", LocalDate.of(2013, 2, 1));
            CustomerEvents.publish(signal, 1);
            reassessedFor(id, "risk-signal");
            await().atMost(WHILE).until(() -> dueRow(id).isEmpty());
            assertThat(assessments(id)).isEqualTo(2);

            CustomerEvents.publish(signal, 1);
            assertThat(dueRow(id)).isEmpty();
            worker.drain(TODAY);
            assertThat(assessments(id)).isEqualTo(2);
        }

        @Test
        void a_write_off_regrades_the_customer_for_its_payment_behaviour() throws Exception {
            // invoiced 10000.00 CNY on 2013-03-01, due 2013-03-31: months 0 -> 10 x 5, 1 invoice -> 40 x 4, volume -> 20 x 5,
            // averages missing 18 x 50, none overdue 100 x 5 + 100 x 5, no write-off 100 x 5: with 800 + 1900 + altman 20 x 50,
            // 6410 -> 64, C. Written off on 2013-03-10: 1 write-off -> 40 x 5, 6110 -> 61, still C
            String id = unique();
            CustomerEvents.publish(CustomerEvents.registered(id), 0);
            ReceivablesEvents ledger = new ReceivablesEvents(id);
            String invoice = ledger.invoice("10000.00", "CNY", "2013-03-01", "2013-03-31");
            as("credit-analyst").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201).body("score", equalTo(64));

            ledger.writtenOff(invoice, "10000.00", "CNY", "2013-03-10");

            JsonNode credit = reassessedFor(id, "payment-behaviour");
            assertThat(credit.path("score").asInt()).isEqualTo(61);
            assertThat(credit.path("grade").asText()).isEqualTo("C");
            assertThat(credit.path("facts").path("payments").path("writeOffsLast24Months").asInt()).isEqualTo(1);
            assertThat(storedEvents(id)).isEqualTo(2);
        }

        @Test
        void a_rebuild_of_the_receivables_facts_folds_old_write_offs_again_and_marks_no_one() throws Exception {
            String id = unique();
            CustomerEvents.publish(CustomerEvents.registered(id), 0);
            ReceivablesEvents ledger = new ReceivablesEvents(id);
            String invoice = ledger.invoice("10000.00", "CNY", "2013-03-01", "2013-03-31");
            as("credit-analyst").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201);
            ledger.writtenOff(invoice, "10000.00", "CNY", "2013-03-10");
            reassessedFor(id, "payment-behaviour");
            await().atMost(WHILE).until(() -> dueRow(id).isEmpty());

            UUID rebuild = ((RebuildOutcome.Started) runner.rebuild(ReceivablesFactsProjection.NAME, "ops-test")).rebuild().id();
            await().atMost(Duration.ofSeconds(120)).until(() -> runner.rebuild(ReceivablesFactsProjection.NAME, rebuild)
                    .map(r -> r.state() != ProjectionRebuild.State.BUILDING).orElse(false));
            assertThat(runner.rebuild(ReceivablesFactsProjection.NAME, rebuild).orElseThrow().state())
                    .isEqualTo(ProjectionRebuild.State.SWITCHED);

            assertThat(dueRow(id)).isEmpty();
            worker.drain(TODAY);
            assertThat(assessments(id)).isEqualTo(2);
        }

        @Test
        void a_customer_never_assessed_is_marked_by_neither_a_signal_a_write_off_nor_the_sweep() throws Exception {
            String id = unique();
            CustomerEvents.publish(CustomerEvents.registered(id), 0);
            CustomerEvents.publish(CustomerEvents.signal(id, "JUDICIAL_RECORD", "CRITICAL", LocalDate.of(2013, 3, 10)), 1);
            ReceivablesEvents ledger = new ReceivablesEvents(id);
            String invoice = ledger.invoice("5000.00", "CNY", "2012-12-01", "2012-12-31");
            ledger.writtenOff(invoice, "5000.00", "CNY", "2013-03-01");
            assertThat(dueRow(id)).isEmpty();

            as("ops").post("/api/v1/reassessments").then().statusCode(200).body("marked.customerId", not(hasItem(id)));
            worker.drain(TODAY);
            assertThat(storedEvents(id)).isZero();
            assertThat(dueRow(id)).isEmpty();
        }
    }

    @Nested
    class Sweep {

        @Test
        void an_item_40_days_overdue_regrades_the_customer_for_its_payment_behaviour_and_refers_it() throws Exception {
            String id = assessedCustomer();
            // 20000.00 CNY due 2013-02-03, unpaid: 40 days overdue on 2013-03-15. Months 2 -> 10 x 5, 1 invoice -> 40 x 4,
            // volume -> 20 x 5, averages missing 18 x 50, 1 overdue -> 70 x 5, 40 days -> 30 x 5, no write-off 100 x 5;
            // with 800 + 1900 + altman 20 x 50: 5910 -> 59, grade D, below 60
            new ReceivablesEvents(id).invoice("20000.00", "CNY", "2013-01-04", "2013-02-03");

            String marked = "marked.find { it.customerId == '" + id + "' }";
            as("ops").post("/api/v1/reassessments").then().statusCode(200)
                    .body("asOf", equalTo("2013-03-15")).body("dryRun", equalTo(false))
                    .body("overdueDays", equalTo(30)).body("everyDays", equalTo(90))
                    .body(marked + ".trigger", equalTo("payment-behaviour"))
                    .body(marked + ".cause", equalTo("an item 40 days overdue (the last assessment saw 0)"))
                    .body(marked + ".since", equalTo("2013-03-15"));

            JsonNode credit = reassessedFor(id, "payment-behaviour");
            assertThat(credit.path("score").asInt()).isEqualTo(59);
            assertThat(credit.path("grade").asText()).isEqualTo("D");
            List<JsonNode> events = published(id, 4);
            JsonNode downgraded = events.get(2).path("data");
            assertThat(downgraded.path("fromGrade").asText() + " -> " + downgraded.path("toGrade").asText()).isEqualTo("C -> D");
            assertThat(downgraded.path("trigger").asText()).isEqualTo("payment-behaviour");
            JsonNode referral = events.get(3).path("data");
            assertThat(events.get(3).path("type").asText()).isEqualTo("ledgerline.credit.CreditInsuranceReferralRaised.v1");
            assertThat(referral.path("score").asInt()).isEqualTo(59);
            assertThat(referral.path("exposureToCover").toString()).isEqualTo("[{\"amount\":\"20000.00\",\"currency\":\"CNY\"}]");

            // the new assessment saw the item 40 days overdue: the next sweep leaves the customer alone
            await().atMost(WHILE).until(() -> dueRow(id).isEmpty());
            as("ops").post("/api/v1/reassessments").then().statusCode(200).body("marked.customerId", not(hasItem(id)));
        }

        @Test
        void an_assessment_over_90_days_old_is_renewed_on_schedule_and_a_dry_run_only_says_so() throws Exception {
            String id = unique();
            CustomerEvents.publish(CustomerEvents.registered(id), 0);
            profiles.assess(id, "credit-analyst-user", LocalDate.of(2012, 11, 1));
            String marked = "marked.find { it.customerId == '" + id + "' }";

            as("credit-manager").body("{\"dryRun\":true}").post("/api/v1/reassessments").then().statusCode(200)
                    .body("dryRun", equalTo(true)).body(marked + ".trigger", equalTo("schedule"));
            assertThat(dueRow(id)).isEmpty();

            as("credit-manager").body("{}").post("/api/v1/reassessments").then().statusCode(200)
                    .body(marked + ".trigger", equalTo("schedule"))
                    .body(marked + ".cause", equalTo("the last assessment, of 2012-11-01, being 134 days old"));
            JsonNode credit = reassessedFor(id, "schedule");
            assertThat(credit.path("assessedOn").asText()).isEqualTo("2013-03-15");
            assertThat(credit.path("grade").asText()).isEqualTo("C");
            assertThat(assessments(id)).isEqualTo(2);
        }

        @Test
        void only_credit_managers_and_ops_run_it_and_a_body_other_than_dry_run_is_refused() {
            given().post("/api/v1/reassessments").then().statusCode(401);
            for (String role : List.of("credit-analyst", "finance", "sales", "collector")) {
                as(role).post("/api/v1/reassessments").then().statusCode(403).contentType("application/problem+json");
            }
            as("ops").body("{\"dryRun\":\"soon\"}").post("/api/v1/reassessments").then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("https://ledgerline.io/problems/malformed-json"));
            as("ops").body("[true]").post("/api/v1/reassessments").then().statusCode(400).contentType("application/problem+json");
            given().header("Authorization", TestTokens.bearer("ops")).post("/api/v1/reassessments").then().statusCode(200)
                    .body("dryRun", equalTo(false));
        }
    }

    @Nested
    class Worker {

        @Test
        void a_failed_reassessment_is_kept_with_its_error_and_retried() throws Exception {
            String id = unique();
            profiles.assess(id, "credit-analyst-user", LocalDate.of(2012, 11, 1));
            ObjectNode renormalising = (ObjectNode) JSON.readTree(CreditApi.defaultScorecard());
            ((ObjectNode) renormalising.path("missingData")).put("rule", "RENORMALISE").remove("neutralPoints");
            try {
                as("credit-manager").body(renormalising.toString()).post("/api/v1/scorecards").then().statusCode(201);
                as("ops").post("/api/v1/reassessments").then().statusCode(200)
                        .body("marked.find { it.customerId == '" + id + "' }.trigger", equalTo("schedule"));
                // nothing is known of the customer: nothing to score under RENORMALISE
                await().atMost(WHILE).until(() -> dueRow(id).map(row -> row.contains("cannot be scored")).orElse(false));
                assertThat(dueRow(id).orElseThrow()).startsWith("schedule | the last assessment, of 2012-11-01, being 134 days old");
                assertThat(assessments(id)).isEqualTo(1);
            } finally {
                CreditApi.defaultScorecardIsCurrent();
            }
            reassessedFor(id, "schedule");
            assertThat(dueRow(id)).isEmpty();
            assertThat(assessments(id)).isEqualTo(2);
        }

        @Test
        void a_mark_arriving_while_the_customer_is_reassessed_waits_and_is_not_lost() throws Exception {
            String id = assessedCustomer();
            CountDownLatch reassessed = new CountDownLatch(1);
            AtomicInteger waiting = new AtomicInteger();
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
                // marked and locked in this transaction, so the scheduled worker cannot take it first
                try (Connection tx = dataSource.getConnection()) {
                    due.mark(tx, id, AssessCustomer.SCHEDULE, "a test's first mark", TODAY);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                Due mark = due.lock(id).orElseThrow();
                profiles.reassess(id, mark.trigger(), mark.cause(), TODAY);
                reassessed.countDown();
                await().atMost(WHILE).until(() -> waiting.get() != 0 && waitsForALock(waiting.get()));
                due.done(mark);
            }));

            assertThat(reassessed.await(60, TimeUnit.SECONDS)).isTrue();
            try (Connection second = TestStack.connect("credit")) {
                waiting.set(backendPid(second));
                assertThat(due.mark(second, id, AssessCustomer.RISK_SIGNAL, "a test's second mark", TODAY)).isTrue();
            }
            first.get(60, TimeUnit.SECONDS);

            JsonNode credit = reassessedFor(id, "risk-signal");
            assertThat(credit.path("assessedBy").asText()).isEqualTo("credit-service");
            assertThat(assessments(id)).isEqualTo(3);
        }

        @Test
        void the_customers_due_are_a_gauge() {
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).containsPattern("(?m)^ledgerline_credit_reassessments_due(\\{[^}]*\\})? [0-9.]+$");
        }

        private static int backendPid(Connection c) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT pg_backend_pid()"); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }

        private static boolean waitsForALock(int pid) throws SQLException {
            try (Connection c = TestStack.connect("credit");
                 PreparedStatement s = c.prepareStatement("SELECT wait_event_type FROM pg_stat_activity WHERE pid = ?")) {
                s.setInt(1, pid);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && "Lock".equals(rs.getString(1));
                }
            }
        }
    }
}
