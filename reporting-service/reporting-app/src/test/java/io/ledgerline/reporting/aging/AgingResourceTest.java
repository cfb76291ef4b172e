package io.ledgerline.reporting.aging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.receivables.api.ReceivablesTopics;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.Money;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.api.v1.PaymentReceived;
import io.ledgerline.receivables.api.v1.ReceivablesEvent;
import io.ledgerline.reporting.customer.CustomerProjection;
import io.ledgerline.reporting.metrics.LedgerFacts;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.ledgerline.testkit.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real envelopes on the real topic, folded by the projection runner into PostgreSQL, read over REST.
 *
 * <p>Customer A: 100.00 USD issued 2013-01-02 due 2013-02-01, 40.00 applied 2013-03-10 (both
 * delivered twice); 70.00 EUR issued 2013-01-10 due 2013-02-09. Customer B: 20.00 USD issued
 * 2013-01-05 due 2013-03-31, fully applied 2013-03-05.
 *
 * <p>Ledger facts, each on its own customer, all USD invoices issued 2014-01-02 and due 2014-02-01
 * (so they never show on the 2013 dates above):
 * <ul>
 *   <li>{@link #CREDITED}: 100.00, credited 30.00 on 2014-02-10;</li>
 *   <li>{@link #UNAPPLIED}: 50.00, paid in full 2014-02-03, the payment unapplied 2014-02-20;</li>
 *   <li>{@link #WRITTEN_OFF}: 80.00, 79.50 paid 2014-02-03, the 0.50 residual written off 2014-02-05;</li>
 *   <li>{@link #DISPUTED}: 200.00, 60.00 disputed 2014-02-03, 180.00 paid 2014-02-10, dispute rejected 2014-02-20;</li>
 *   <li>{@link #LATE_INVOICE}: 100.00, whose 25.00 payment (2014-01-20) and 10.00 credit (2014-01-25, delivered
 *       twice) were published before the invoice itself.</li>
 * </ul>
 *
 * <p>{@link #DRILL}, the only DKK customer, as of 2015-06-30 (days past due in brackets):
 * <ul>
 *   <li>0000000711: 100.00 due 2015-05-01 (60, 31-60), 30.00 paid 2015-06-10: 70.00 open;</li>
 *   <li>0000000712: 250.00 due 2015-05-31 (30, 1-30), 50.00 of it disputed since 2015-06-05;</li>
 *   <li>0000000713: 40.00 due 2015-06-14 (16, 1-30);</li>
 *   <li>0000000714: 10.00 issued 2015-06-20, due 2015-07-20 (-20, current);</li>
 *   <li>0000000715: 75.50 due 2015-01-31 (150, 90+).</li>
 * </ul>
 * Its row: current 10.00, 1-30 290.00, 31-60 70.00, 61-90 0.00, 90+ 75.50, total 445.50, disputed 50.00.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AgingResourceTest {

    private static final String A = "0379-NEVHP";
    private static final String B = "0411-BQRTS";
    private static final String CREDITED = "0501-CREDT";
    private static final String UNAPPLIED = "0502-UNAPP";
    private static final String WRITTEN_OFF = "0503-WROFF";
    private static final String DISPUTED = "0504-DISPT";
    private static final String LATE_INVOICE = "0505-LATEI";
    private static final String DRILL = "0701-DRILL";
    private static final String KNOWN = "0801-KNOWN";
    private static final String LINES_A = "0921-PLINA";
    private static final String LINES_B = "0921-PLINB";
    private static final List<String> STANDARD = List.of("current", "1-30", "31-60", "61-90", "90+");
    private static boolean published;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void publishOnce() throws Exception {
        if (published) {
            return;
        }
        String topic = ReceivablesTopics.EVENTS;
        TestTopics.create(topic, 3);
        String usdInvoice = uuid();
        String eurInvoice = uuid();
        String smallInvoice = uuid();
        String payment = uuid();
        String smallPayment = uuid();
        EventEnvelope issuedUsd = envelope(usdInvoice, new InvoiceIssued(usdInvoice, "INV-1", "0000000001", A,
                date("2013-01-02"), date("2013-02-01"), money("100.00", "USD")));
        EventEnvelope applied = envelope(usdInvoice, new PaymentApplied(usdInvoice, "0000000001", payment, A,
                date("2013-03-10"), money("40.00", "USD")));
        List<EventEnvelope> events = new ArrayList<>(List.of(
                issuedUsd,
                issuedUsd,
                envelope(payment, new PaymentReceived(payment, "PAY-1", A, date("2013-03-10"), money("40.00", "USD"),
                        List.of(new PaymentReceived.RequestedAllocation("0000000001", new BigDecimal("40.00"))))),
                applied,
                applied,
                unknownType(A),
                envelope(eurInvoice, new InvoiceIssued(eurInvoice, "INV-2", "0000000002", A,
                        date("2013-01-10"), date("2013-02-09"), money("70.00", "EUR"))),
                envelope(smallInvoice, new InvoiceIssued(smallInvoice, "INV-3", "0000000003", B,
                        date("2013-01-05"), date("2013-03-31"), money("20.00", "USD"))),
                envelope(smallInvoice, new PaymentApplied(smallInvoice, "0000000003", smallPayment, B,
                        date("2013-03-05"), money("20.00", "USD")))));
        events.addAll(ledgerFacts());
        events.addAll(drillFacts());
        send(topic, events);
        // A's EUR invoice was sent after A's repeats on the same partition, and B's payment after B's
        // invoice: once both show, everything before them was folded.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(row(aging("2013-03-15"), A, "EUR")).isNotNull();
            assertThat(row(aging("2013-03-01"), B, "USD")).isNotNull();
            assertThat(row(aging("2013-03-15"), B, "USD")).isNull();
            // the last fact of each ledger customer is folded
            assertThat(row(aging("2014-02-15"), CREDITED, "USD").get("total").asText()).isEqualTo("70.00");
            assertThat(row(aging("2014-02-25"), UNAPPLIED, "USD")).isNotNull();
            assertThat(row(aging("2014-02-04"), WRITTEN_OFF, "USD").get("total").asText()).isEqualTo("0.50");
            assertThat(row(aging("2014-02-10"), WRITTEN_OFF, "USD")).isNull();
            assertThat(row(aging("2014-02-25"), DISPUTED, "USD").get("disputed").asText()).isEqualTo("0.00");
            assertThat(row(aging("2014-01-31"), LATE_INVOICE, "USD")).isNotNull();
            assertThat(field(row(aging("2015-06-30"), DRILL, "DKK"), "disputed")).isEqualTo("50.00");
        });
        published = true;
    }

    @Test
    void an_invoice_due_in_february_is_1_to_30_days_late_on_the_first_of_march() {
        JsonNode report = aging("2013-03-01");

        assertThat(report.get("asOf").asText()).isEqualTo("2013-03-01");
        assertThat(report.get("groupBy").asText()).isEqualTo("customer");
        assertThat(texts(report.get("buckets"))).isEqualTo(STANDARD);
        assertThat(amounts(row(report, A, "USD"))).containsExactly(
                Map.entry("current", "0.00"), Map.entry("1-30", "100.00"), Map.entry("31-60", "0.00"),
                Map.entry("61-90", "0.00"), Map.entry("90+", "0.00"));
        assertThat(row(report, A, "USD").get("total").asText()).isEqualTo("100.00");
        assertThat(amounts(row(report, B, "USD"))).containsEntry("current", "20.00");
        assertThat(amounts(total(report, "USD"))).containsEntry("current", "20.00").containsEntry("1-30", "100.00");
        assertThat(total(report, "USD").get("total").asText()).isEqualTo("120.00");
    }

    @Test
    void a_payment_applied_before_the_as_of_date_leaves_the_rest_open_a_bucket_later() {
        JsonNode report = aging("2013-03-15");

        assertThat(amounts(row(report, A, "USD"))).containsEntry("1-30", "0.00").containsEntry("31-60", "60.00");
        assertThat(row(report, A, "USD").get("total").asText()).isEqualTo("60.00");
        assertThat(row(report, B, "USD")).as("fully paid on 2013-03-05").isNull();
    }

    @Test
    void a_repeated_envelope_counts_once() {
        assertThat(row(aging("2013-03-01"), A, "USD").get("total").asText()).isEqualTo("100.00");
        assertThat(row(aging("2013-03-15"), A, "USD").get("total").asText()).isEqualTo("60.00");
    }

    @Test
    void currencies_are_never_added_together() {
        JsonNode report = aging("2013-03-15");

        assertThat(amounts(row(report, A, "EUR"))).containsEntry("31-60", "70.00");
        assertThat(total(report, "USD").get("total").asText()).isEqualTo("60.00");
        assertThat(total(report, "EUR").get("total").asText()).isEqualTo("70.00");
        assertThat(report.get("totals")).hasSize(2);
    }

    @Test
    void nothing_is_open_before_it_was_issued() {
        JsonNode report = aging("2012-12-31");

        assertThat(report.get("rows")).isEmpty();
        assertThat(report.get("totals")).isEmpty();
    }

    @Test
    void groups_by_currency_and_takes_custom_buckets() {
        JsonNode report = json(given().header("Authorization", TestTokens.bearer("collector"))
                .queryParam("asOf", "2013-03-15").queryParam("groupBy", "currency").queryParam("buckets", "15,45")
                .get("/api/v1/aging").then().statusCode(200).extract().asString());

        assertThat(texts(report.get("buckets"))).containsExactly("current", "1-15", "16-45", "45+");
        assertThat(amounts(row(report, "USD", "USD"))).containsExactly(
                Map.entry("current", "0.00"), Map.entry("1-15", "0.00"), Map.entry("16-45", "60.00"), Map.entry("45+", "0.00"));
        assertThat(amounts(row(report, "EUR", "EUR"))).containsEntry("16-45", "70.00");
    }

    @Test
    void as_of_defaults_to_today_by_the_business_clock() {
        JsonNode report = json(given().header("Authorization", TestTokens.bearer("finance"))
                .get("/api/v1/aging").then().statusCode(200).extract().asString());

        assertThat(report.get("asOf").asText()).isEqualTo("2013-03-15");
        assertThat(row(report, A, "USD").get("total").asText()).isEqualTo("60.00");
    }

    @Test
    void refuses_a_request_without_a_token() {
        given().queryParam("asOf", "2013-03-15").get("/api/v1/aging").then().statusCode(401);
    }

    @Test
    void refuses_a_role_that_may_not_read_aging() {
        given().header("Authorization", TestTokens.bearer("erp-integration"))
                .get("/api/v1/aging").then().statusCode(403);
    }

    @Test
    void refuses_a_date_that_is_not_a_date_as_a_problem() {
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("asOf", "2013-02-30")
                .get("/api/v1/aging")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ledgerline.io/problems/invalid-parameter"))
                .body("title", equalTo("Invalid parameter"))
                .body("status", equalTo(400))
                .body("field", equalTo("asOf"));
    }

    @Test
    void refuses_buckets_that_do_not_increase_and_unknown_groupings() {
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("buckets", "60,30")
                .get("/api/v1/aging").then().statusCode(400).body("field", equalTo("buckets"));
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("groupBy", "planet")
                .get("/api/v1/aging").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ledgerline.io/problems/invalid-parameter"))
                .body("field", equalTo("groupBy"));
    }

    @Test
    void refuses_an_unknown_item_type() {
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("itemType", "REFUND")
                .get("/api/v1/aging").then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("itemType"));
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("itemType", "LATE_FEE")
                .get("/api/v1/aging").then().statusCode(200);
    }

    @Test
    void documents_the_report_with_an_example() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/aging'.get.responses.'200'.content.'application/json'.examples.'one customer'.value.rows[0].key",
                        equalTo("0379-NEVHP"))
                .body("paths.'/api/v1/aging'.get.responses.'200'.content.'application/json'.examples.'one customer'.value.rows[0].disputed",
                        equalTo("20.00"));
    }

    @Test
    void a_credit_memo_lowers_the_open_amount_from_its_credit_date_on() {
        assertThat(amounts(row(aging("2014-02-05"), CREDITED, "USD"))).containsEntry("1-30", "100.00");
        assertThat(amounts(row(aging("2014-02-15"), CREDITED, "USD"))).containsEntry("1-30", "70.00");
        assertThat(row(aging("2014-02-15"), CREDITED, "USD").get("total").asText()).isEqualTo("70.00");
    }

    @Test
    void an_unapplied_payment_reopens_the_invoice_from_its_unapply_date_but_not_before() {
        assertThat(row(aging("2014-02-02"), UNAPPLIED, "USD").get("total").asText()).isEqualTo("50.00");
        assertThat(row(aging("2014-02-10"), UNAPPLIED, "USD")).as("paid on 2014-02-03").isNull();
        assertThat(row(aging("2014-02-19"), UNAPPLIED, "USD")).as("the day before the unapply").isNull();
        assertThat(amounts(row(aging("2014-02-25"), UNAPPLIED, "USD"))).containsEntry("1-30", "50.00");
    }

    @Test
    void a_write_off_closes_the_residual_from_its_date_on() {
        assertThat(amounts(row(aging("2014-02-04"), WRITTEN_OFF, "USD"))).containsEntry("1-30", "0.50");
        assertThat(row(aging("2014-02-05"), WRITTEN_OFF, "USD")).isNull();
    }

    @Test
    void a_disputed_amount_is_shown_separately_until_resolved_and_still_aged() {
        JsonNode beforeDispute = row(aging("2014-02-02"), DISPUTED, "USD");
        assertThat(beforeDispute.get("disputed").asText()).isEqualTo("0.00");

        JsonNode report = aging("2014-02-05");
        assertThat(amounts(row(report, DISPUTED, "USD"))).as("disputed amounts stay in their bucket").containsEntry("1-30", "200.00");
        assertThat(row(report, DISPUTED, "USD").get("total").asText()).isEqualTo("200.00");
        assertThat(row(report, DISPUTED, "USD").get("disputed").asText()).isEqualTo("60.00");
        assertThat(total(report, "USD").get("disputed").asText()).isEqualTo("60.00");

        JsonNode afterPayment = row(aging("2014-02-15"), DISPUTED, "USD");
        assertThat(afterPayment.get("total").asText()).isEqualTo("20.00");
        assertThat(afterPayment.get("disputed").asText()).as("never more than is open").isEqualTo("20.00");

        JsonNode afterResolution = row(aging("2014-02-25"), DISPUTED, "USD");
        assertThat(afterResolution.get("total").asText()).isEqualTo("20.00");
        assertThat(afterResolution.get("disputed").asText()).isEqualTo("0.00");
        assertThat(total(aging("2014-02-25"), "USD").get("disputed").asText()).isEqualTo("0.00");
    }

    @Test
    void an_invoice_that_arrives_after_its_payment_and_credit_ages_with_both_once() {
        assertThat(row(aging("2014-01-01"), LATE_INVOICE, "USD")).isNull();
        assertThat(amounts(row(aging("2014-01-15"), LATE_INVOICE, "USD"))).containsEntry("current", "100.00");
        assertThat(row(aging("2014-01-22"), LATE_INVOICE, "USD").get("total").asText()).isEqualTo("75.00");
        assertThat(row(aging("2014-01-31"), LATE_INVOICE, "USD").get("total").asText()).isEqualTo("65.00");
    }

    @Test
    void groups_by_region_and_moves_an_invoice_to_its_region_once_its_customer_arrives() throws Exception {
        String customer = "0601-REGON";
        String invoice = uuid();
        // The only CHF invoice: its rows are the test's own whatever else the report holds.
        send(ReceivablesTopics.EVENTS, List.of(envelope(invoice, new InvoiceIssued(invoice, "INV-601", "0000000601", customer,
                date("2014-01-02"), date("2014-02-01"), money("300.00", "CHF")))));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(amounts(row(aging("2014-02-15", "region"), GroupBy.UNKNOWN, "CHF"))).containsEntry("1-30", "300.00"));

        TestTopics.create(CustomerProjection.TOPIC, 3);
        send(CustomerProjection.TOPIC, List.of(customerEvent("CustomerRegistered", customer, 0, "EMEA", "DISTRIBUTOR", "j.doe")));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode report = aging("2014-02-15", "region");
            assertThat(report.get("groupBy").asText()).isEqualTo("region");
            assertThat(amounts(row(report, "EMEA", "CHF"))).containsEntry("1-30", "300.00");
            assertThat(row(report, GroupBy.UNKNOWN, "CHF")).isNull();
        });
        assertThat(row(aging("2014-02-15", "customerType"), "DISTRIBUTOR", "CHF").get("total").asText()).isEqualTo("300.00");
        assertThat(row(aging("2014-02-15", "salesOwner"), "j.doe", "CHF").get("total").asText()).isEqualTo("300.00");

        send(CustomerProjection.TOPIC, List.of(customerEvent("CustomerProfileUpdated", customer, 1, "APAC", "DISTRIBUTOR", null)));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(row(aging("2014-02-15", "region"), "APAC", "CHF").get("total").asText()).isEqualTo("300.00"));
        assertThat(row(aging("2014-02-15", "region"), "EMEA", "CHF")).isNull();
        assertThat(row(aging("2014-02-15", "salesOwner"), GroupBy.NONE, "CHF").get("total").asText()).isEqualTo("300.00");
    }

    @Test
    void negative_bounds_split_what_is_not_yet_due_by_the_days_left() {
        // as of 2013-01-28: A's USD invoice is due in 4 days, A's EUR one in 12, B's in 62
        JsonNode report = json(given().header("Authorization", TestTokens.bearer("credit-analyst"))
                .queryParam("asOf", "2013-01-28").queryParam("buckets", "-7,0,30")
                .get("/api/v1/aging").then().statusCode(200).extract().asString());

        assertThat(texts(report.get("buckets"))).containsExactly("due in 7+", "due in 0-6", "1-30", "30+");
        assertThat(amounts(row(report, A, "USD"))).containsExactly(
                Map.entry("due in 7+", "0.00"), Map.entry("due in 0-6", "100.00"), Map.entry("1-30", "0.00"), Map.entry("30+", "0.00"));
        assertThat(amounts(row(report, A, "EUR"))).containsEntry("due in 7+", "70.00");
        assertThat(amounts(row(report, B, "USD"))).containsEntry("due in 7+", "20.00");
        assertThat(amounts(total(report, "USD"))).containsEntry("due in 7+", "20.00").containsEntry("due in 0-6", "100.00");
    }

    @Test
    void ages_by_issue_date_when_asked() {
        // as of 2013-03-01: A's USD invoice was issued 58 days before, A's EUR one 50, B's 55; by due date A's USD is 28 days late
        JsonNode report = json(given().header("Authorization", TestTokens.bearer("finance"))
                .queryParam("asOf", "2013-03-01").queryParam("basis", "issue")
                .get("/api/v1/aging").then().statusCode(200).extract().asString());

        assertThat(report.get("basis").asText()).isEqualTo("issue");
        assertThat(amounts(row(report, A, "USD"))).containsEntry("1-30", "0.00").containsEntry("31-60", "100.00");
        assertThat(amounts(row(report, A, "EUR"))).containsEntry("31-60", "70.00");
        assertThat(amounts(row(report, B, "USD"))).containsEntry("current", "0.00").containsEntry("31-60", "20.00");
        assertThat(aging("2013-03-01").get("basis").asText()).isEqualTo("due");
    }

    /**
     * The only ZAR items, as of 2018-06-30 (days past due in brackets). {@link #LINES_A}: 100.00 Spare parts due
     * 2018-05-02 (59, 31-60); 40.00 Spare parts due 2018-07-01 (-1, current); 250.00 Service contracts due 2018-03-31
     * (91, 90+), 50.00 paid 2018-06-15; 10.00 Service contracts due 2018-06-01, paid in full 2018-06-20 (not open);
     * 30.00 without a product line due 2018-06-19 (11, 1-30). {@link #LINES_B}: 60.00 Spare parts due 2018-05-31 (30, 1-30).
     * Spare parts: current 40.00, 1-30 60.00, 31-60 100.00, total 200.00 across both customers; Service contracts: 90+
     * 200.00; (none): 1-30 30.00.
     */
    @Test
    void groups_by_each_items_product_line_and_drills_down_by_it() {
        LedgerFacts ledger = new LedgerFacts(dataSource);
        ledger.issue(LINES_A, "0000009201", "100.00", "ZAR", "2018-04-02", "2018-05-02", "Spare parts");
        ledger.issue(LINES_A, "0000009202", "40.00", "ZAR", "2018-06-01", "2018-07-01", "Spare parts");
        String service = ledger.issue(LINES_A, "0000009203", "250.00", "ZAR", "2018-03-01", "2018-03-31", "Service contracts");
        ledger.pay(LINES_A, service, "50.00", "ZAR", "2018-06-15");
        String settled = ledger.issue(LINES_A, "0000009204", "10.00", "ZAR", "2018-05-02", "2018-06-01", "Service contracts");
        ledger.pay(LINES_A, settled, "10.00", "ZAR", "2018-06-20");
        ledger.issue(LINES_A, "0000009205", "30.00", "ZAR", "2018-05-20", "2018-06-19", null);
        ledger.issue(LINES_B, "0000009206", "60.00", "ZAR", "2018-05-01", "2018-05-31", "Spare parts");

        JsonNode report = aging("2018-06-30", "productLine");
        assertThat(report.get("groupBy").asText()).isEqualTo("productLine");
        assertThat(amounts(row(report, "Spare parts", "ZAR"))).containsExactly(Map.entry("current", "40.00"),
                Map.entry("1-30", "60.00"), Map.entry("31-60", "100.00"), Map.entry("61-90", "0.00"), Map.entry("90+", "0.00"));
        assertThat(row(report, "Spare parts", "ZAR").get("total").asText()).isEqualTo("200.00");
        assertThat(amounts(row(report, "Service contracts", "ZAR"))).containsEntry("90+", "200.00").containsEntry("1-30", "0.00");
        assertThat(row(report, "Service contracts", "ZAR").get("total").asText()).isEqualTo("200.00");
        assertThat(amounts(row(report, GroupBy.NONE, "ZAR"))).containsEntry("1-30", "30.00");
        assertThat(row(report, GroupBy.NONE, "ZAR").get("total").asText()).isEqualTo("30.00");
        assertThat(total(report, "ZAR").get("total").asText()).isEqualTo("430.00");

        JsonNode cell = items(Map.of("asOf", "2018-06-30", "groupBy", "productLine", "key", "Spare parts", "currency", "ZAR",
                "bucket", "1-30"));
        assertThat(cell.get("open").asText()).isEqualTo("60.00");
        assertThat(texts(cell.get("items"), "invoiceNumber")).containsExactly("0000009206");
    }

    @Test
    void refuses_an_unknown_grouping_and_not_yet_due_buckets_by_issue_date() {
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("groupBy", "product_line")
                .get("/api/v1/aging").then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("groupBy"))
                .body("detail", org.hamcrest.Matchers.containsString("productLine"));
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("basis", "issue").queryParam("buckets", "-7,0,30")
                .get("/api/v1/aging").then().statusCode(400).body("field", equalTo("buckets"));
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("basis", "paid")
                .get("/api/v1/aging").then().statusCode(400).body("field", equalTo("basis"));
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("knownAt", "2016-03-01")
                .get("/api/v1/aging").then().statusCode(400).body("field", equalTo("knownAt"));
    }

    @Test
    void a_cell_drills_down_to_its_items_most_overdue_first_and_they_add_up_to_it() {
        JsonNode report = aging("2015-06-30");
        JsonNode row = row(report, DRILL, "DKK");
        assertThat(amounts(row)).containsExactly(Map.entry("current", "10.00"), Map.entry("1-30", "290.00"),
                Map.entry("31-60", "70.00"), Map.entry("61-90", "0.00"), Map.entry("90+", "75.50"));

        JsonNode cell = items(Map.of("asOf", "2015-06-30", "key", DRILL, "currency", "DKK", "bucket", "1-30"));
        assertThat(cell.get("open").asText()).isEqualTo("290.00").isEqualTo(amounts(row).get("1-30"));
        assertThat(cell.get("disputed").asText()).isEqualTo("50.00");
        assertThat(cell.get("totalItems").asLong()).isEqualTo(2);
        assertThat(cell.get("totalPages").asLong()).isEqualTo(1);
        assertThat(texts(cell.get("items"), "invoiceNumber")).containsExactly("0000000712", "0000000713");
        JsonNode first = cell.get("items").get(0);
        assertThat(first.get("customerId").asText()).isEqualTo(DRILL);
        assertThat(first.get("itemType").asText()).isEqualTo("INVOICE");
        assertThat(first.get("issueDate").asText()).isEqualTo("2015-05-01");
        assertThat(first.get("dueDate").asText()).isEqualTo("2015-05-31");
        assertThat(first.get("daysPastDue").asInt()).isEqualTo(30);
        assertThat(first.get("daysSinceIssue").asInt()).isEqualTo(60);
        assertThat(first.get("amount").asText()).isEqualTo("250.00");
        assertThat(first.get("open").asText()).isEqualTo("250.00");
        assertThat(first.get("disputed").asText()).isEqualTo("50.00");
        assertThat(first.get("bucket").asText()).isEqualTo("1-30");

        for (String bucket : STANDARD) {
            JsonNode items = items(Map.of("asOf", "2015-06-30", "key", DRILL, "currency", "DKK", "bucket", bucket));
            assertThat(items.get("open").asText()).as(bucket).isEqualTo(amounts(row).get(bucket));
            assertThat(sum(items.get("items"), "open")).as(bucket).isEqualByComparingTo(amounts(row).get(bucket));
        }
    }

    @Test
    void a_whole_row_drills_down_page_by_page() {
        JsonNode row = row(aging("2015-06-30"), DRILL, "DKK");
        List<String> numbers = new ArrayList<>();
        BigDecimal open = BigDecimal.ZERO;
        for (int page = 0; page < 3; page++) {
            JsonNode items = items(Map.of("asOf", "2015-06-30", "key", DRILL, "currency", "DKK", "page", page, "size", 2));
            assertThat(items.get("totalItems").asLong()).isEqualTo(5);
            assertThat(items.get("totalPages").asLong()).isEqualTo(3);
            assertThat(items.get("open").asText()).isEqualTo("445.50").isEqualTo(row.get("total").asText());
            assertThat(items.get("disputed").asText()).isEqualTo(row.get("disputed").asText());
            numbers.addAll(texts(items.get("items"), "invoiceNumber"));
            open = open.add(sum(items.get("items"), "open"));
        }
        assertThat(numbers).containsExactly("0000000715", "0000000711", "0000000712", "0000000713", "0000000714");
        assertThat(open).isEqualByComparingTo("445.50");
        assertThat(items(Map.of("asOf", "2015-06-30", "key", DRILL, "currency", "DKK", "page", 3, "size", 2)).get("items")).isEmpty();

        // DRILL is the only DKK customer: the totals line of DKK drills down to the same items
        JsonNode totals = items(Map.of("asOf", "2015-06-30", "currency", "DKK"));
        assertThat(totals.get("open").asText()).isEqualTo(total(aging("2015-06-30"), "DKK").get("total").asText());
        assertThat(totals.get("totalItems").asLong()).isEqualTo(5);
    }

    @Test
    void exports_the_report_and_its_drill_down_as_csv() {
        io.restassured.response.Response report = given().header("Authorization", TestTokens.bearer("sales"))
                .accept("text/csv").queryParam("asOf", "2015-06-30")
                .get("/api/v1/aging").then().statusCode(200).contentType("text/csv").extract().response();
        assertThat(report.header("Content-Disposition")).isEqualTo("attachment; filename=\"aging-2015-06-30-by-customer.csv\"");
        List<String> lines = report.asString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("key,currency,current,1-30,31-60,61-90,90+,total,disputed");
        assertThat(lines).contains("0701-DRILL,DKK,10.00,290.00,70.00,0.00,75.50,445.50,50.00");
        assertThat(lines).hasSize(1 + aging("2015-06-30").get("rows").size());
        assertThat(report.asString()).contains("\r\n");

        String items = given().header("Authorization", TestTokens.bearer("sales"))
                .queryParam("format", "csv").queryParam("asOf", "2015-06-30").queryParam("key", DRILL).queryParam("currency", "DKK")
                .queryParam("bucket", "1-30")
                .get("/api/v1/aging/items").then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"aging-items-2015-06-30-page-0.csv\"")
                .extract().asString();
        assertThat(items.lines().toList()).containsExactly(
                "invoiceId,invoiceNumber,customerId,itemType,currency,issueDate,dueDate,daysPastDue,daysSinceIssue,amount,open,"
                        + "disputed,bucket",
                drillInvoice(712) + ",0000000712,0701-DRILL,INVOICE,DKK,2015-05-01,2015-05-31,30,60,250.00,250.00,50.00,1-30",
                drillInvoice(713) + ",0000000713,0701-DRILL,INVOICE,DKK,2015-05-15,2015-06-14,16,46,40.00,40.00,0.00,1-30");

        given().header("Authorization", TestTokens.bearer("sales")).queryParam("format", "xlsx")
                .get("/api/v1/aging").then().statusCode(400).body("field", equalTo("format"));
        given().header("Authorization", TestTokens.bearer("sales")).accept("application/json").queryParam("asOf", "2015-06-30")
                .get("/api/v1/aging").then().statusCode(200).contentType("application/json");
    }

    @Test
    void refuses_bad_drill_downs_wrong_roles_and_missing_tokens() {
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("key", DRILL)
                .get("/api/v1/aging/items").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("currency"));
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("currency", "DKK").queryParam("bucket", "1-15")
                .get("/api/v1/aging/items").then().statusCode(400).body("field", equalTo("bucket"));
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("currency", "DKK").queryParam("size", "501")
                .get("/api/v1/aging/items").then().statusCode(400).body("field", equalTo("size"));
        given().header("Authorization", TestTokens.bearer("finance")).accept("text/csv").queryParam("currency", "DKK")
                .queryParam("page", "-1")
                .get("/api/v1/aging/items").then().statusCode(400).contentType("application/problem+json").body("field", equalTo("page"));
        given().header("Authorization", TestTokens.bearer("erp-integration")).queryParam("currency", "DKK")
                .get("/api/v1/aging/items").then().statusCode(403);
        given().queryParam("currency", "DKK").get("/api/v1/aging/items").then().statusCode(401);
    }

    /**
     * {@link #KNOWN}, the only PLN customer: 300.00 issued 2016-01-04 due 2016-02-03 (recorded that day); 100.00
     * disputed 2016-02-10 (recorded that day), the dispute resolved as of 2016-02-25 but recorded 2016-03-05; then
     * a payment of 120.00 applied as of 2016-02-20 is recorded 2016-03-10. As of 2016-02-29 (26 days past due):
     */
    @Test
    void a_back_dated_payment_changes_the_past_as_of_date_but_not_what_was_known_before_it_arrived() throws Exception {
        String invoice = uuid();
        String dispute = uuid();
        send(ReceivablesTopics.EVENTS, List.of(
                recordedAt("2016-01-04T09:00:00Z", envelope(invoice, new InvoiceIssued(invoice, "INV-801", "0000000801", KNOWN,
                        date("2016-01-04"), date("2016-02-03"), money("300.00", "PLN")))),
                recordedAt("2016-02-10T09:00:00Z", fact("DisputeOpened", dispute, KNOWN, """
                        {"disputeId":"%s","invoiceId":"%s","invoiceNumber":"0000000801","customerId":"%s","openedOn":"2016-02-10",
                         "amount":{"amount":"100.00","currency":"PLN"},"reason":"short delivery"}""".formatted(dispute, invoice, KNOWN))),
                recordedAt("2016-03-05T09:00:00Z", fact("DisputeResolved", dispute, KNOWN, """
                        {"disputeId":"%s","invoiceId":"%s","invoiceNumber":"0000000801","customerId":"%s","resolvedOn":"2016-02-25",
                         "outcome":"REJECTED","creditMemoId":null}""".formatted(dispute, invoice, KNOWN)))));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(field(row(known("2016-02-29", null), KNOWN, "PLN"), "disputed")).isEqualTo("0.00"));
        JsonNode before = row(known("2016-02-29", null), KNOWN, "PLN");
        assertThat(amounts(before)).containsEntry("1-30", "300.00");
        assertThat(before.get("total").asText()).isEqualTo("300.00");

        send(ReceivablesTopics.EVENTS, List.of(recordedAt("2016-03-10T09:00:00Z",
                envelope(invoice, new PaymentApplied(invoice, "0000000801", uuid(), KNOWN, date("2016-02-20"), money("120.00", "PLN"))))));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(field(row(known("2016-02-29", null), KNOWN, "PLN"), "total")).isEqualTo("180.00"));

        JsonNode knownBefore = known("2016-02-29", "2016-03-09T00:00:00Z");
        assertThat(knownBefore.get("knownAt").asText()).isEqualTo("2016-03-09T00:00:00Z");
        assertThat(amounts(row(knownBefore, KNOWN, "PLN"))).as("the payment was not recorded yet").containsEntry("1-30", "300.00");
        assertThat(row(knownBefore, KNOWN, "PLN").get("total").asText()).isEqualTo("300.00");
        assertThat(row(knownBefore, KNOWN, "PLN").get("disputed").asText()).as("the resolution was").isEqualTo("0.00");

        JsonNode beforeResolution = row(known("2016-02-29", "2016-03-01T00:00:00Z"), KNOWN, "PLN");
        assertThat(beforeResolution.get("total").asText()).isEqualTo("300.00");
        assertThat(beforeResolution.get("disputed").asText()).as("the resolution was not recorded yet").isEqualTo("100.00");

        assertThat(row(known("2016-02-29", "2016-03-10T09:00:00Z"), KNOWN, "PLN").get("total").asText())
                .as("known from the instant it was recorded").isEqualTo("180.00");
        assertThat(row(known("2016-02-29", "2016-01-01T00:00:00Z"), KNOWN, "PLN")).as("the invoice was not recorded yet").isNull();
        assertThat(row(known("2016-02-19", null), KNOWN, "PLN").get("total").asText()).as("before the payment's date").isEqualTo("300.00");

        JsonNode items = items(Map.of("asOf", "2016-02-29", "knownAt", "2016-03-09T00:00:00Z", "key", KNOWN, "currency", "PLN"));
        assertThat(items.get("open").asText()).isEqualTo("300.00");
        assertThat(items.get("items").get(0).get("open").asText()).isEqualTo("300.00");
        assertThat(items(Map.of("asOf", "2016-02-29", "key", KNOWN, "currency", "PLN")).get("open").asText()).isEqualTo("180.00");
        String csv = given().header("Authorization", TestTokens.bearer("finance")).queryParam("format", "csv")
                .queryParam("asOf", "2016-02-29").queryParam("knownAt", "2016-03-09T00:00:00Z")
                .get("/api/v1/aging").then().statusCode(200).extract().asString();
        assertThat(csv.lines()).contains("0801-KNOWN,PLN,0.00,300.00,0.00,0.00,0.00,300.00,0.00");
    }

    /** A row's field, or null while the row is not there yet (so an await keeps polling). */
    private static String field(JsonNode row, String field) {
        return row == null ? null : row.get(field).asText();
    }

    private static JsonNode known(String asOf, String knownAt) {
        var request = given().header("Authorization", TestTokens.bearer("finance")).queryParam("asOf", asOf);
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt);
        }
        return json(request.get("/api/v1/aging").then().statusCode(200).extract().asString());
    }

    private static JsonNode items(Map<String, Object> parameters) {
        return json(given().header("Authorization", TestTokens.bearer("collector")).queryParams(parameters)
                .get("/api/v1/aging/items").then().statusCode(200).contentType("application/json").extract().asString());
    }

    private static BigDecimal sum(JsonNode items, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode item : items) {
            sum = sum.add(new BigDecimal(item.get(field).asText()));
        }
        return sum;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).asText()));
        return texts;
    }

    /** DRILL's invoice ids are fixed so the CSV lines can be written out in full. */
    private static String drillInvoice(int number) {
        return "00000000-0000-0000-0000-000000000" + number;
    }

    /** See the class comment. */
    private static List<EventEnvelope> drillFacts() {
        List<EventEnvelope> events = new ArrayList<>();
        events.add(drillIssued(711, "2015-04-01", "2015-05-01", "100.00"));
        events.add(envelope(drillInvoice(711), new PaymentApplied(drillInvoice(711), "0000000711", uuid(), DRILL,
                date("2015-06-10"), money("30.00", "DKK"))));
        events.add(drillIssued(712, "2015-05-01", "2015-05-31", "250.00"));
        events.add(drillIssued(713, "2015-05-15", "2015-06-14", "40.00"));
        events.add(drillIssued(714, "2015-06-20", "2015-07-20", "10.00"));
        events.add(drillIssued(715, "2015-01-01", "2015-01-31", "75.50"));
        String dispute = uuid();
        events.add(fact("DisputeOpened", dispute, DRILL, """
                {"disputeId":"%s","invoiceId":"%s","invoiceNumber":"0000000712","customerId":"%s","openedOn":"2015-06-05",
                 "amount":{"amount":"50.00","currency":"DKK"},"reason":"price"}""".formatted(dispute, drillInvoice(712), DRILL)));
        return events;
    }

    private static EventEnvelope drillIssued(int number, String issued, String due, String amount) {
        return envelope(drillInvoice(number), new InvoiceIssued(drillInvoice(number), "INV-" + number, "0000000" + number, DRILL,
                date(issued), date(due), money(amount, "DKK")));
    }

    private static EventEnvelope recordedAt(String instant, EventEnvelope event) {
        return new EventEnvelope(event.id(), event.source(), event.type(), event.subject(), Instant.parse(instant),
                event.customerId(), event.sequence(), event.schemaVersion(), event.data());
    }

    private static JsonNode aging(String asOf) {
        return json(given().header("Authorization", TestTokens.bearer("finance")).queryParam("asOf", asOf)
                .get("/api/v1/aging").then().statusCode(200).extract().asString());
    }

    private static JsonNode aging(String asOf, String groupBy) {
        return json(given().header("Authorization", TestTokens.bearer("finance"))
                .queryParam("asOf", asOf).queryParam("groupBy", groupBy)
                .get("/api/v1/aging").then().statusCode(200).extract().asString());
    }

    /** See the class comment; the events of each customer in the order they are published. */
    private static List<EventEnvelope> ledgerFacts() {
        List<EventEnvelope> events = new ArrayList<>();
        String credited = uuid();
        events.add(issued(credited, CREDITED, "0000000501", "100.00"));
        events.add(fact("InvoiceCredited", credited, CREDITED, """
                {"invoiceId":"%s","invoiceNumber":"0000000501","customerId":"%s","creditMemoId":"%s",
                 "creditedOn":"2014-02-10","amount":{"amount":"30.00","currency":"USD"}}""".formatted(credited, CREDITED, uuid())));

        String unapplied = uuid();
        String bounced = uuid();
        events.add(issued(unapplied, UNAPPLIED, "0000000502", "50.00"));
        events.add(envelope(unapplied, new PaymentApplied(unapplied, "0000000502", bounced, UNAPPLIED,
                date("2014-02-03"), money("50.00", "USD"))));
        events.add(fact("PaymentUnapplied", unapplied, UNAPPLIED, """
                {"invoiceId":"%s","invoiceNumber":"0000000502","paymentId":"%s","customerId":"%s",
                 "unappliedOn":"2014-02-20","amount":{"amount":"50.00","currency":"USD"},"reason":"payment bounced"}"""
                .formatted(unapplied, bounced, UNAPPLIED)));

        String writtenOff = uuid();
        events.add(issued(writtenOff, WRITTEN_OFF, "0000000503", "80.00"));
        events.add(envelope(writtenOff, new PaymentApplied(writtenOff, "0000000503", uuid(), WRITTEN_OFF,
                date("2014-02-03"), money("79.50", "USD"))));
        events.add(fact("InvoiceWrittenOff", writtenOff, WRITTEN_OFF, """
                {"invoiceId":"%s","invoiceNumber":"0000000503","customerId":"%s","writtenOffOn":"2014-02-05",
                 "amount":{"amount":"0.50","currency":"USD"},"reason":"below tolerance","automatic":true,"writtenOffBy":"system"}"""
                .formatted(writtenOff, WRITTEN_OFF)));

        String disputed = uuid();
        String dispute = uuid();
        events.add(issued(disputed, DISPUTED, "0000000504", "200.00"));
        events.add(fact("DisputeOpened", dispute, DISPUTED, """
                {"disputeId":"%s","invoiceId":"%s","invoiceNumber":"0000000504","customerId":"%s","openedOn":"2014-02-03",
                 "amount":{"amount":"60.00","currency":"USD"},"reason":"damaged goods"}""".formatted(dispute, disputed, DISPUTED)));
        events.add(envelope(disputed, new PaymentApplied(disputed, "0000000504", uuid(), DISPUTED,
                date("2014-02-10"), money("180.00", "USD"))));
        events.add(fact("DisputeResolved", dispute, DISPUTED, """
                {"disputeId":"%s","invoiceId":"%s","invoiceNumber":"0000000504","customerId":"%s","resolvedOn":"2014-02-20",
                 "outcome":"REJECTED","creditMemoId":null}""".formatted(dispute, disputed, DISPUTED)));

        String late = uuid();
        EventEnvelope creditedBeforeIssue = fact("InvoiceCredited", late, LATE_INVOICE, """
                {"invoiceId":"%s","invoiceNumber":"0000000505","customerId":"%s","creditMemoId":"%s",
                 "creditedOn":"2014-01-25","amount":{"amount":"10.00","currency":"USD"}}""".formatted(late, LATE_INVOICE, uuid()));
        events.add(envelope(late, new PaymentApplied(late, "0000000505", uuid(), LATE_INVOICE,
                date("2014-01-20"), money("25.00", "USD"))));
        events.add(creditedBeforeIssue);
        events.add(creditedBeforeIssue);
        events.add(issued(late, LATE_INVOICE, "0000000505", "100.00"));
        return events;
    }

    private static EventEnvelope issued(String invoiceId, String customer, String number, String amount) {
        return envelope(invoiceId, new InvoiceIssued(invoiceId, "INV-" + number, number, customer,
                date("2014-01-02"), date("2014-02-01"), money(amount, "USD")));
    }

    /** A receivables fact by its contract's type name and JSON, as another service would publish it. */
    private static EventEnvelope fact(String name, String subject, String customer, String data) {
        return new EventEnvelope(uuid(), "ledgerline/receivables", "ledgerline.receivables." + name + ".v1", subject,
                Instant.parse("2014-02-01T09:00:00Z"), customer, 0, "1", json(data));
    }

    private static EventEnvelope customerEvent(String name, String customer, long sequence, String region, String type,
                                               String salesOwner) {
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("customerId", customer).put("legalName", "Region Test GmbH").put("registrationId", "CHE-601")
                .put("ownershipType", "PRIVATE").put("industry", "Machinery")
                .put("region", region).put("customerType", type).put("salesOwner", salesOwner);
        data.putArray("tags");
        if (name.equals("CustomerRegistered")) {
            data.put("lifecycle", "ACTIVE");
        }
        return new EventEnvelope(uuid(), "ledgerline/customer", "ledgerline.customer." + name + ".v1", customer,
                Instant.parse("2014-02-01T09:00:00Z"), customer, sequence, "1", data);
    }

    private static void send(String topic, List<EventEnvelope> events) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            for (EventEnvelope event : events) {
                producer.send(new ProducerRecord<>(topic, event.customerId(), EnvelopeCodec.write(event))).get();
            }
        }
    }

    private static JsonNode row(JsonNode report, String key, String currency) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals(key) && row.get("currency").asText().equals(currency)) {
                return row;
            }
        }
        return null;
    }

    private static JsonNode total(JsonNode report, String currency) {
        for (JsonNode total : report.get("totals")) {
            if (total.get("currency").asText().equals(currency)) {
                return total;
            }
        }
        throw new AssertionError("no total in " + currency + ": " + report);
    }

    /** The amounts map in the order the report wrote it. */
    private static Map<String, String> amounts(JsonNode node) {
        assertThat(node).as("row").isNotNull();
        Map<String, String> amounts = new LinkedHashMap<>();
        node.get("amounts").properties().forEach(e -> amounts.put(e.getKey(), e.getValue().asText()));
        return amounts;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static JsonNode json(String body) {
        try {
            return EnvelopeCodec.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EventEnvelope envelope(String subject, ReceivablesEvent event) {
        String type = event.getClass().getAnnotation(com.fasterxml.jackson.annotation.JsonTypeName.class).value();
        return new EventEnvelope(uuid(), "ledgerline/receivables", type, subject, Instant.parse("2013-01-02T09:00:00Z"),
                event.customerId(), 0, "1", EnvelopeCodec.mapper().valueToTree(event));
    }

    /** A type this projection has never heard of must pass without stopping it. */
    private static EventEnvelope unknownType(String customer) {
        return new EventEnvelope(uuid(), "ledgerline/receivables", "ledgerline.receivables.InvoiceDisputed.v1", uuid(),
                Instant.parse("2013-03-11T09:00:00Z"), customer, 0, "1",
                JsonNodeFactory.instance.objectNode().put("customerId", customer));
    }

    private static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
