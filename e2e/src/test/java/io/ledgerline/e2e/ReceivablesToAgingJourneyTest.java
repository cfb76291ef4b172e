package io.ledgerline.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One invoice's whole trip on the real stack: the ERP pushes it to receivables-service (a packaged
 * process), Debezium carries it from the event store to Kafka, reporting-service (another process)
 * folds it into the aging report. Then reporting is killed with SIGKILL mid-burst and must come back
 * with exact totals: nothing lost, nothing counted twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReceivablesToAgingJourneyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static ServiceProcess receivables;
    private static ServiceProcess reporting;

    @BeforeAll
    static void startServices() throws Exception {
        receivables = new ServiceProcess("receivables", "receivables-service/receivables-app", "e2e_receivables");
        reporting = new ServiceProcess("reporting", "reporting-service/reporting-app", "e2e_reporting");
        receivables.start();
        reporting.start();
    }

    @AfterAll
    static void stopServices() throws Exception {
        if (reporting != null) {
            reporting.stop();
        }
        if (receivables != null) {
            receivables.stop();
        }
    }

    @Test
    @Order(1)
    void invoices_and_partial_payments_show_in_aging_today_and_on_a_past_date() {
        LocalDate today = LocalDate.now();
        String customer = "JOURNEY-1";
        String batch = "[" + String.join(",",
                invoiceItem("J-INV-1", "J-1", customer, "2013-01-02", "2013-02-01", "USD", "100.00"),
                invoiceItem("J-INV-2", "J-2", customer, today.minusDays(10).toString(), today.plusDays(20).toString(), "USD", "250.00"),
                invoiceItem("J-INV-3", "J-3", customer, "2013-01-05", "2013-01-20", "EUR", "80.00"),
                paymentItem("J-PAY-1", customer, "2013-03-10", "USD", "40.00", "J-1"),
                paymentItem("J-PAY-2", customer, "2013-04-01", "EUR", "80.00", "J-3")) + "]";
        List<Integer> statuses = erp().body(batch).post(receivables.url() + "/api/v1/erp/batch")
                .then().statusCode(200).extract().jsonPath().getList("status");
        assertThat(statuses).containsExactly(201, 201, 201, 201, 201);

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath past = aging("asOf=2013-03-15&groupBy=customer&buckets=30,60,90");
            assertThat(cell(past, customer, "USD", "31-60")).isEqualByComparingTo("60.00");
            assertThat(cell(past, customer, "EUR", "31-60")).isEqualByComparingTo("80.00");
            JsonPath now = aging("groupBy=customer&buckets=30,60,90");
            assertThat(now.getString("asOf")).isEqualTo(today.toString());
            assertThat(cell(now, customer, "USD", "current")).isEqualByComparingTo("250.00");
            assertThat(cell(now, customer, "USD", "90+")).isEqualByComparingTo("60.00");
            assertThat(row(now, customer, "EUR")).isNull();
        });
    }

    @Test
    @Order(2)
    void a_reporting_crash_mid_burst_loses_nothing_and_counts_nothing_twice() throws Exception {
        int invoices = 5_000;
        int perBatch = 500;
        String customerPrefix = "BURST-";
        List<String> batches = new ArrayList<>();
        for (int start = 0; start < invoices; start += perBatch) {
            batches.add(IntStream.range(start, start + perBatch)
                    .mapToObj(i -> invoiceItem("B-INV-" + i, "B-" + i, customerPrefix + (i % 50),
                            "2026-01-02", "2026-02-01", "USD", amount(i)))
                    .collect(Collectors.joining(",", "[", "]")));
        }
        BigDecimal expected = IntStream.range(0, invoices).mapToObj(ReceivablesToAgingJourneyTest::amount)
                .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);

        long started = System.nanoTime();
        CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> batches.forEach(b ->
                assertThat(erp().body(b).post(receivables.url() + "/api/v1/erp/batch").then().statusCode(200)
                        .extract().jsonPath().getList("status", Integer.class)).containsOnly(201)));

        await().atMost(PATIENCE).until(() -> burstTotal(customerPrefix).signum() > 0);
        reporting.kill();
        reporting.start();

        burst.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[journey] %d invoices through the ERP batch endpoint in %.1f s: %.0f invoices/s (reporting SIGKILLed mid-burst)%n",
                invoices, seconds, invoices / seconds);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(burstTotal(customerPrefix)).isEqualByComparingTo(expected));
        // Still exact a moment later: nothing arrives twice after catching up.
        assertThat(burstTotal(customerPrefix)).isEqualByComparingTo(expected);
    }

    @Test
    @Order(3)
    void post_to_visible_in_aging_lag() {
        List<Long> lagsMillis = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String customer = "LAG-" + i;
            long posted = System.nanoTime();
            erp().body(invoiceItem("L-INV-" + i, "L-" + i, customer, "2026-01-02", "2026-02-01", "USD", "1.00")
                            .replace("\"kind\":\"invoice\",", ""))
                    .post(receivables.url() + "/api/v1/erp/invoices").then().statusCode(201);
            await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                    .until(() -> row(aging("groupBy=customer"), customer, "USD") != null);
            lagsMillis.add((System.nanoTime() - posted) / 1_000_000);
        }
        lagsMillis.sort(Long::compare);
        System.out.printf("[journey] POST to visible in aging over %d invoices: p50 %d ms, p99 %d ms, max %d ms%n",
                lagsMillis.size(), lagsMillis.get(lagsMillis.size() / 2),
                lagsMillis.get((int) Math.ceil(lagsMillis.size() * 0.99) - 1), lagsMillis.get(lagsMillis.size() - 1));
        assertThat(lagsMillis).hasSize(40);
    }

    @Test
    @Order(4)
    void ops_see_relay_and_projection_lag_in_the_metrics() {
        String relay = given().get(receivables.url() + "/q/metrics").then().statusCode(200).extract().asString();
        assertThat(relay).contains("ledgerline_relay_published_total").contains("ledgerline_relay_slot_lag_bytes{slot=\"receivables_relay\"}");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                given().get(reporting.url() + "/q/metrics").then().statusCode(200).extract().asString())
                .contains("ledgerline_projection_lag{projection=\"reporting.aging\"} 0.0"));
    }

    private static String amount(int i) {
        return (10 + i % 97) + "." + String.format("%02d", i % 100);
    }

    private static BigDecimal burstTotal(String customerPrefix) {
        JsonPath aging = aging("asOf=2026-03-01&groupBy=customer");
        List<Map<String, Object>> rows = aging.getList("rows");
        return rows.stream().filter(r -> String.valueOf(r.get("key")).startsWith(customerPrefix))
                .map(r -> new BigDecimal(String.valueOf(r.get("total")))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static JsonPath aging(String query) {
        return given().header("Authorization", TestTokens.bearer("finance"))
                .get(reporting.url() + "/api/v1/aging?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath aging, String customer, String currency) {
        List<Map<String, Object>> rows = aging.getList("rows");
        return rows.stream().filter(r -> customer.equals(r.get("key")) && currency.equals(r.get("currency")))
                .findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal cell(JsonPath aging, String customer, String currency, String bucket) {
        Map<String, Object> row = row(aging, customer, currency);
        assertThat(row).as("aging row of %s in %s", customer, currency).isNotNull();
        return new BigDecimal(String.valueOf(((Map<String, Object>) row.get("amounts")).get(bucket)));
    }

    private static io.restassured.specification.RequestSpecification erp() {
        return given().header("Authorization", TestTokens.bearer("erp-integration")).contentType(ContentType.JSON);
    }

    private static String invoiceItem(String externalId, String number, String customer, String issued, String due,
                                      String currency, String amount) {
        return """
                {"kind":"invoice","externalId":"%s","invoiceNumber":"%s","customerId":"%s","issueDate":"%s",\
                "dueDate":"%s","currency":"%s","amount":"%s"}""".formatted(externalId, number, customer, issued, due, currency, amount);
    }

    private static String paymentItem(String externalId, String customer, String received, String currency, String amount,
                                      String invoiceNumber) {
        return """
                {"kind":"payment","externalId":"%s","customerId":"%s","receivedDate":"%s","currency":"%s","amount":"%s",\
                "allocations":[{"invoiceNumber":"%s","amount":"%s"}]}""".formatted(externalId, customer, received, currency,
                amount, invoiceNumber, amount);
    }
}
