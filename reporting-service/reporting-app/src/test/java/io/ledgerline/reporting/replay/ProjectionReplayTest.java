package io.ledgerline.reporting.replay;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.receivables.api.ReceivablesTopics;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.Money;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.api.v1.ReceivablesEvent;
import io.ledgerline.reporting.aging.AgingProjection;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.ledgerline.testkit.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Rebuilds {@code reporting.aging} from the log while events keep arriving and reads keep coming.
 *
 * <p>Customer {@link #CUSTOMER}, CHF only, all in 2031 so no other test's report sees it: 40 invoices of
 * 100.00 issued 2031-01-02 and due 2031-02-01, and 25.00 applied on 2031-02-15 to each of the first 10.
 * The first 10 invoices are folded before the rebuild starts; the other 30 invoices and the 10 payments
 * are published while it runs, half before it may switch and half while it switches. As of 2031-03-15
 * every invoice is 42 days past due (28 days of February plus 14), so the row is 40 x 100.00 - 10 x
 * 25.00 = 3750.00 in 31-60 and nothing elsewhere.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ProjectionReplayTest {

    private static final String CUSTOMER = "0901-REPLY";
    private static final String AS_OF = "2031-03-15";
    private static final String AGING = AgingProjection.NAME;
    private static final String REBUILDS = "/api/v1/admin/projections/" + AGING + "/rebuilds";

    @Test
    void a_rebuild_while_events_arrive_switches_without_a_failed_read_and_equals_a_fold_from_scratch() throws Exception {
        TestTopics.create(ReceivablesTopics.EVENTS, 3);
        List<EventEnvelope> invoices = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            invoices.add(invoice(n));
        }
        List<EventEnvelope> arriving = new ArrayList<>();
        for (int n = 11; n <= 40; n++) {
            arriving.add(invoices.get(n - 1));
            if (n % 3 == 1) {
                arriving.add(payment(invoices.get((n - 11) / 3)));
            }
        }
        assertThat(arriving).hasSize(40);
        send(invoices.subList(0, 10));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(total(aging())).isEqualTo("1000.00"));
        int before = servingVersion();
        List<String> indexesBefore = indexNames();

        Reads reads = new Reads();
        reads.start();
        CountDownLatch firstHalfSent = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (KafkaProducer<String, byte[]> producer = producer()) {
                for (int i = 0; i < arriving.size(); i++) {
                    if (i == arriving.size() / 2) {
                        firstHalfSent.countDown();
                        mayFinish.await();
                    }
                    EventEnvelope event = arriving.get(i);
                    producer.send(new ProducerRecord<>(ReceivablesTopics.EVENTS, event.customerId(), EnvelopeCodec.write(event))).get();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "replay-test-writer");

        String id;
        // While this transaction shares the serving version's lock the rebuild folds but cannot switch.
        try (Connection hold = TestStack.connect("reporting")) {
            hold.setAutoCommit(false);
            try (PreparedStatement s = hold.prepareStatement(
                    "SELECT serving_version FROM projection_version WHERE projection = ? FOR SHARE")) {
                s.setString(1, AGING);
                s.executeQuery().close();
            }
            Response started = given().header("Authorization", TestTokens.bearer("ops")).post(REBUILDS);
            started.then().statusCode(202).body("state", equalTo("BUILDING")).body("version", equalTo(before + 1))
                    .body("requestedBy", equalTo("ops-user"));
            id = started.jsonPath().getString("id");
            assertThat(started.header("Location")).endsWith(REBUILDS + "/" + id);
            assertThat(started.jsonPath().getString("statusUrl")).isEqualTo(REBUILDS + "/" + id);

            writer.start();
            assertThat(firstHalfSent.await(60, TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(rebuild(id).get("eventsDone").asLong()).isPositive());

            given().header("Authorization", TestTokens.bearer("ops")).post(REBUILDS)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/rebuild-running")).body("field", equalTo("name"));
            JsonNode listed = projection(AGING);
            assertThat(listed.get("servingVersion").asInt()).isEqualTo(before);
            assertThat(listed.get("rebuild").get("id").asText()).isEqualTo(id);
            assertThat(listed.get("rebuild").get("state").asText()).isEqualTo("BUILDING");
            hold.rollback();
        }
        mayFinish.countDown();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(rebuild(id).get("state").asText()).isEqualTo("SWITCHED"));
        writer.join(Duration.ofSeconds(60).toMillis());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode row = row(aging());
            assertThat(row.get("amounts").get("31-60").asText()).isEqualTo("3750.00");
            assertThat(row.get("total").asText()).isEqualTo("3750.00");
        });
        int readsAfterSwitch = reads.ok.get();
        await().atMost(Duration.ofSeconds(30)).until(() -> reads.ok.get() > readsAfterSwitch);
        reads.stop();

        assertThat(reads.failures).as("reads that failed during the rebuild and its switch").isEmpty();
        assertThat(servingVersion()).isEqualTo(before + 1);
        JsonNode done = rebuild(id);
        assertThat(done.get("eventsDone").asLong()).as("at least this test's first 10 invoices").isGreaterThanOrEqualTo(10);
        assertThat(done.get("eventsBehind").asLong()).isZero();
        assertThat(done.get("etaSeconds").asLong()).isZero();
        assertThat(done.get("finishedAt").isNull()).isFalse();
        assertThat(projection(AGING).get("servingVersion").asInt()).isEqualTo(before + 1);
        assertThat(indexNames()).as("the swapped-in tables keep Flyway's index and key names").isEqualTo(indexesBefore);
        assertThat(versionSchemas()).as("the old version and the building schema are dropped").isEmpty();
        assertThat(metrics()).anyMatch(line -> line.startsWith("ledgerline_projection_rebuild_events_total{")
                && line.contains("projection=\"" + AGING + "\""));

        // A second rebuild, with nothing arriving, is a fold of the whole log from scratch: the version that
        // was rebuilt under load and then followed the topic live must hold exactly the same rows.
        List<String> rebuiltUnderLoad = digests();
        String again = given().header("Authorization", TestTokens.bearer("ops")).post(REBUILDS)
                .then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(rebuild(again).get("state").asText()).isEqualTo("SWITCHED"));
        assertThat(servingVersion()).isEqualTo(before + 2);
        assertThat(digests()).isEqualTo(rebuiltUnderLoad);
        assertThat(row(aging()).get("total").asText()).isEqualTo("3750.00");
    }

    @Test
    void a_rebuild_whose_instance_died_is_discarded_and_the_serving_version_keeps_serving() throws Exception {
        TestTopics.create(ReceivablesTopics.EVENTS, 3);
        // Other test classes fold facts straight into the tables; one rebuild first leaves exactly the log's rows.
        String first = given().header("Authorization", TestTokens.bearer("ops")).post(REBUILDS)
                .then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(rebuild(first).get("state").asText()).isEqualTo("SWITCHED"));
        UUID orphan = UUID.randomUUID();
        // What a crash mid-rebuild leaves behind: a building row nobody owns and its half-filled schema.
        try (Connection c = TestStack.connect("reporting"); Statement s = c.createStatement()) {
            s.execute("INSERT INTO projection_rebuild (rebuild_id, projection, version, state, requested_by)"
                    + " SELECT '" + orphan + "', '" + AGING + "', max(v) + 1, 'BUILDING', 'ops-user' FROM ("
                    + " SELECT serving_version AS v FROM projection_version WHERE projection = '" + AGING + "'"
                    + " UNION ALL SELECT version FROM projection_rebuild WHERE projection = '" + AGING + "') versions");
            int version = Integer.parseInt(queryStrings("SELECT version FROM projection_rebuild WHERE rebuild_id = '" + orphan + "'").get(0));
            s.execute("CREATE SCHEMA projection_reporting_aging_v" + version);
            s.execute("CREATE TABLE projection_reporting_aging_v" + version + ".open_item (LIKE open_item)");
        }
        List<String> rows = digests();

        String next = given().header("Authorization", TestTokens.bearer("ops")).post(REBUILDS)
                .then().statusCode(202).extract().path("id");

        JsonNode discarded = rebuild(orphan.toString());
        assertThat(discarded.get("state").asText()).isEqualTo("DISCARDED");
        assertThat(discarded.get("detail").asText()).isEqualTo("its instance stopped before the switch");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(rebuild(next).get("state").asText()).isEqualTo("SWITCHED"));
        assertThat(rebuild(next).get("version").asInt()).as("a discarded version's number is never reused")
                .isEqualTo(discarded.get("version").asInt() + 1);
        assertThat(servingVersion()).isEqualTo(discarded.get("version").asInt() + 1);
        assertThat(versionSchemas()).isEmpty();
        assertThat(digests()).isEqualTo(rows);
    }

    @Test
    void lists_every_projection_with_its_serving_version_and_tables() {
        given().header("Authorization", TestTokens.bearer("ops")).get("/api/v1/admin/projections")
                .then().statusCode(200)
                .body("name", hasItems(AGING, "reporting.customers", "reporting.credit"))
                .body("find { it.name == 'reporting.aging' }.tables", hasItems("open_item", "item_movement", "item_dispute"))
                .body("find { it.name == 'reporting.customers' }.topics", hasItems("ledgerline.customer.events"))
                .body("find { it.name == 'reporting.credit' }.topics", hasItems("ledgerline.credit.events"))
                .body("find { it.name == 'reporting.credit' }.tables",
                        hasItems("credit_grade", "credit_alert", "credit_alert_exposure", "credit_check"));
    }

    @Test
    void an_unknown_projection_or_rebuild_is_404_and_a_malformed_id_400() {
        given().header("Authorization", TestTokens.bearer("ops")).post("/api/v1/admin/projections/reporting.nothing/rebuilds")
                .then().statusCode(404).contentType("application/problem+json").body("field", equalTo("name"));
        given().header("Authorization", TestTokens.bearer("ops")).get(REBUILDS + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("field", equalTo("id"));
        given().header("Authorization", TestTokens.bearer("ops")).get(REBUILDS + "/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("id"));
    }

    @Test
    void only_ops_may_list_or_rebuild() {
        given().header("Authorization", TestTokens.bearer("finance")).post(REBUILDS).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("collector")).get("/api/v1/admin/projections").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("finance")).get(REBUILDS + "/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void no_token_is_401() {
        given().post(REBUILDS).then().statusCode(401);
        given().get("/api/v1/admin/projections").then().statusCode(401);
    }

    /** Calls the aging report without pause until stopped, keeping every answer that was not a 200. */
    private static final class Reads implements Runnable {
        final AtomicInteger ok = new AtomicInteger();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread = new Thread(this, "replay-test-reader");

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        @Override
        public void run() {
            while (running.get()) {
                try {
                    Response response = given().header("Authorization", TestTokens.bearer("finance"))
                            .queryParam("asOf", AS_OF).get("/api/v1/aging");
                    if (response.statusCode() == 200) {
                        ok.incrementAndGet();
                    } else {
                        failures.add(response.statusCode() + " " + response.asString());
                    }
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
            }
        }
    }

    private static JsonNode aging() {
        return json(given().header("Authorization", TestTokens.bearer("finance")).queryParam("asOf", AS_OF)
                .get("/api/v1/aging").then().statusCode(200).extract().asString());
    }

    private static JsonNode row(JsonNode report) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals(CUSTOMER) && row.get("currency").asText().equals("CHF")) {
                return row;
            }
        }
        throw new AssertionError("no CHF row of " + CUSTOMER + " in " + report);
    }

    private static String total(JsonNode report) {
        return row(report).get("total").asText();
    }

    private static JsonNode rebuild(String id) {
        return json(given().header("Authorization", TestTokens.bearer("ops")).get(REBUILDS + "/" + id)
                .then().statusCode(200).extract().asString());
    }

    private static JsonNode projection(String name) {
        JsonNode all = json(given().header("Authorization", TestTokens.bearer("ops")).get("/api/v1/admin/projections")
                .then().statusCode(200).extract().asString());
        for (JsonNode p : all) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no projection " + name + " in " + all);
    }

    private static int servingVersion() throws SQLException {
        return queryStrings("SELECT serving_version FROM projection_version WHERE projection = '" + AGING + "'")
                .stream().map(Integer::valueOf).findFirst().orElseThrow();
    }

    /** Every row of each aging table, in a stable order, hashed: equal digests mean equal tables. */
    private static List<String> digests() throws SQLException {
        List<String> digests = new ArrayList<>();
        // The summaries too, as amounts (a delta moved away leaves a zero row behind where a bulk sum has none).
        for (String table : List.of("open_item", "item_movement", "item_dispute", "aging_customer",
                "(SELECT * FROM aging_delta WHERE amount <> 0)")) {
            digests.addAll(queryStrings("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
                    + " FROM " + table + " t"));
        }
        return digests;
    }

    private static List<String> indexNames() throws SQLException {
        return queryStrings("SELECT tablename || '.' || indexname FROM pg_indexes WHERE schemaname = current_schema()"
                + " AND tablename IN ('open_item', 'item_movement', 'item_dispute') ORDER BY 1");
    }

    private static List<String> versionSchemas() throws SQLException {
        return queryStrings("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'projection_reporting_aging_v%'");
    }

    private static List<String> queryStrings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = TestStack.connect("reporting"); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static List<String> metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines().toList();
    }

    private static EventEnvelope invoice(int n) {
        String invoiceId = UUID.randomUUID().toString();
        String number = "%010d".formatted(900_000 + n);
        return envelope(invoiceId, new InvoiceIssued(invoiceId, "REPLAY-" + n, number, CUSTOMER,
                LocalDate.parse("2031-01-02"), LocalDate.parse("2031-02-01"), new Money(new BigDecimal("100.00"), "CHF")));
    }

    private static EventEnvelope payment(EventEnvelope invoice) {
        InvoiceIssued issued = EnvelopeCodec.data(invoice, InvoiceIssued.class);
        return envelope(issued.invoiceId(), new PaymentApplied(issued.invoiceId(), issued.invoiceNumber(),
                UUID.randomUUID().toString(), CUSTOMER, LocalDate.parse("2031-02-15"), new Money(new BigDecimal("25.00"), "CHF")));
    }

    private static EventEnvelope envelope(String subject, ReceivablesEvent event) {
        String type = event.getClass().getAnnotation(JsonTypeName.class).value();
        return new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/receivables", type, subject,
                Instant.parse("2031-01-02T09:00:00Z"), event.customerId(), 0, "1", EnvelopeCodec.mapper().valueToTree(event));
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    private static void send(List<EventEnvelope> events) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (EventEnvelope event : events) {
                producer.send(new ProducerRecord<>(ReceivablesTopics.EVENTS, event.customerId(), EnvelopeCodec.write(event))).get();
            }
        }
    }

    private static JsonNode json(String body) {
        try {
            return EnvelopeCodec.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
