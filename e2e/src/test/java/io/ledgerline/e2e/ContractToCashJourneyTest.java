package io.ledgerline.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A contract's whole life on the real stack: signed with three installments and a late-fee clause,
 * its schedule issues the installments on their dates, one is paid in part by remittance reference,
 * one is disputed, a payment bounces, a late fee is posted. After every step the customer's balance
 * in receivables-service and the aging report of reporting-service (fed over Debezium and Kafka)
 * agree to the cent, disputed amounts included. Last, the ERP pushes the customer itself (through
 * receivables' batch endpoint to customer-service) and the aging groups the earlier items by its region.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractToCashJourneyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String CUSTOMER = "JOURNEY-CONTRACT";
    private static ServiceProcess receivables;
    private static ServiceProcess reporting;
    private static ServiceProcess customers;
    private static String contractId;
    private static String disputeId;

    @BeforeAll
    static void startServices() throws Exception {
        // Its own databases and replication slots: the other journey's receivables may have left its slot behind.
        customers = new ServiceProcess("customer-contract", "customer-service/customer-app", "e2e_contract_customer",
                List.of("-Dledgerline.relay.slot=e2e_contract_customer_relay"));
        customers.start();
        receivables = new ServiceProcess("receivables-contract", "receivables-service/receivables-app", "e2e_contract_receivables",
                List.of("-Dledgerline.relay.slot=e2e_contract_relay", "-Dledgerline.customer-service.url=" + customers.url(),
                        // The journey runs the business days itself, on the dates it names.
                        "-Dledgerline.business-day.every=off"));
        reporting = new ServiceProcess("reporting-contract", "reporting-service/reporting-app", "e2e_contract_reporting");
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
        if (customers != null) {
            customers.stop();
        }
    }

    @Test
    @Order(1)
    void signing_issues_the_first_installment_only() {
        contractId = as("finance").body("""
                        {"externalId":"CT-J1","contractNumber":"CT-J1","customerId":"%s","signedOn":"2026-01-05",
                         "currency":"USD","amount":"3000.00","netDays":30,
                         "installments":[{"dueDate":"2026-02-04","percent":"34"},{"dueDate":"2026-03-06","percent":"33"},
                                         {"dueDate":"2026-04-05","percent":"33"}],
                         "lateFee":{"ratePerDay":"0.001","graceDays":5,"capPercent":"10"}}""".formatted(CUSTOMER))
                .post(receivables.url() + "/api/v1/contracts").then().statusCode(201).extract().path("contractId");
        assertThat(contractId).isNotBlank();
        agreeOn("1020.00", "0");
    }

    @Test
    @Order(2)
    void schedule_runs_issue_each_installment_on_its_date() {
        scheduleRun("2026-02-10");
        agreeOn("2010.00", "0");
        scheduleRun("2026-03-10");
        agreeOn("3000.00", "0");
        JsonPath contract = as("finance").get(receivables.url() + "/api/v1/contracts/" + contractId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(contract.getList("installments.invoiceNumber")).containsExactly("CT-J1-1", "CT-J1-2", "CT-J1-3");
        // A second run on the same date issues nothing more.
        scheduleRun("2026-03-10");
        agreeOn("3000.00", "0");
    }

    @Test
    @Order(3)
    void a_partial_payment_finds_its_installment_by_remittance_reference() {
        JsonPath payment = as("erp-integration").body("""
                        {"externalId":"J-PAY-1","customerId":"%s","receivedDate":"2026-02-10","currency":"USD",
                         "amount":"500.00","allocations":[],"remittanceReference":"Partial payment for CT-J1-1, rest follows"}"""
                        .formatted(CUSTOMER))
                .post(receivables.url() + "/api/v1/erp/payments").then().statusCode(201).extract().jsonPath();
        assertThat(payment.getString("applied[0].invoiceNumber")).isEqualTo("CT-J1-1");
        assertThat(payment.getString("applied[0].method")).isEqualTo("REMITTANCE_REFERENCE");
        assertThat(new BigDecimal(payment.getString("unapplied"))).isZero();
        agreeOn("2500.00", "0");
    }

    @Test
    @Order(4)
    void a_dispute_is_aged_and_shown_apart() {
        String invoiceId = invoiceIdOf("CT-J1-2");
        disputeId = as("collector").body("""
                        {"amount":"100.00","reason":"short delivery","openedOn":"2026-02-20"}""")
                .post(receivables.url() + "/api/v1/invoices/" + invoiceId + "/disputes").then().statusCode(201)
                .extract().path("disputeId");
        agreeOn("2500.00", "100.00");
    }

    @Test
    @Order(5)
    void a_bounced_payment_reopens_exactly_what_it_paid() {
        String paymentId = as("erp-integration").body("""
                        {"externalId":"J-PAY-2","customerId":"%s","receivedDate":"2026-03-01","currency":"USD",
                         "amount":"890.00","allocations":[{"invoiceNumber":"CT-J1-2","amount":"890.00"}]}""".formatted(CUSTOMER))
                .post(receivables.url() + "/api/v1/erp/payments").then().statusCode(201).extract().path("paymentId");
        agreeOn("1610.00", "100.00");
        as("finance").body("""
                        {"reversedOn":"2026-03-05","reason":"insufficient funds"}""")
                .post(receivables.url() + "/api/v1/payments/" + paymentId + "/reversal").then().statusCode(200);
        agreeOn("2500.00", "100.00");
    }

    @Test
    @Order(6)
    void late_fees_accrue_per_clause_and_are_posted_as_fee_items() {
        // Installment 1: due 02-04, grace 5 days, so 02-10..03-15 = 34 days on 520.00 open at 0.1 % = 17.68.
        // Installment 2: due 03-06, so 03-12..03-15 = 4 days on 890.00 undisputed at 0.1 % = 3.56. Installment 3: not due.
        JsonPath run = as("finance").body("{\"asOf\":\"2026-03-15\"}")
                .post(receivables.url() + "/api/v1/late-fees/runs").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> fees = run.getList("fees");
        assertThat(fees).extracting(f -> f.get("invoiceNumber") + "=" + f.get("amount"))
                .containsExactlyInAnyOrder("CT-J1-1=17.68", "CT-J1-2=3.56");
        agreeOn("2521.24", "100.00");
        // Posting again for the same date charges nothing twice.
        as("finance").body("{\"asOf\":\"2026-03-15\"}").post(receivables.url() + "/api/v1/late-fees/runs").then().statusCode(200);
        agreeOn("2521.24", "100.00");
    }

    @Test
    @Order(7)
    void an_upheld_dispute_credits_the_installment() {
        String invoiceId = invoiceIdOf("CT-J1-2");
        as("finance").body("""
                        {"outcome":"UPHELD","resolvedOn":"2026-03-20"}""")
                .post(receivables.url() + "/api/v1/invoices/" + invoiceId + "/disputes/" + disputeId + "/resolution")
                .then().statusCode(200);
        agreeOn("2421.24", "0");
    }

    @Test
    @Order(8)
    void the_customer_pushed_by_the_erp_after_its_invoices_groups_the_aging_by_region() {
        List<Integer> statuses = as("erp-integration").body("""
                        [{"kind":"customer","customerId":"%s","legalName":"Journey Contract Trading Ltd.","region":"JOURNEY-NORTH",
                          "customerType":"DISTRIBUTOR","salesOwner":"li.wang","ownershipType":"PRIVATE","industry":"WHOLESALE",
                          "lifecycle":"ACTIVE"}]""".formatted(CUSTOMER))
                .post(receivables.url() + "/api/v1/erp/batch").then().statusCode(200).extract().jsonPath().getList("status");
        assertThat(statuses).containsExactly(201);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath aging = as("finance").get(reporting.url() + "/api/v1/aging?groupBy=region")
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Object> row = aging.getMap("rows.find { it.key == 'JOURNEY-NORTH' && it.currency == 'USD' }");
            assertThat(row).as("aging row of the region").isNotNull();
            assertThat(new BigDecimal(String.valueOf(row.get("total")))).isEqualByComparingTo("2421.24");
        });
    }

    /** The customer's balance (receivables) and the aging report (reporting) both say {@code open}, {@code disputed} of it. */
    private static void agreeOn(String open, String disputed) {
        JsonPath balance = as("finance").get(receivables.url() + "/api/v1/customers/" + CUSTOMER + "/balance")
                .then().statusCode(200).extract().jsonPath();
        assertThat(new BigDecimal(balance.getString("currencies.find { it.currency == 'USD' }.openItems")))
                .as("balance open items").isEqualByComparingTo(open);
        assertThat(new BigDecimal(balance.getString("currencies.find { it.currency == 'USD' }.disputed")))
                .as("balance disputed").isEqualByComparingTo(disputed);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath aging = as("finance").get(reporting.url() + "/api/v1/aging?groupBy=customer")
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Object> row = aging.getMap("rows.find { it.key == '" + CUSTOMER + "' && it.currency == 'USD' }");
            assertThat(row).as("aging row").isNotNull();
            assertThat(new BigDecimal(String.valueOf(row.get("total")))).as("aging total").isEqualByComparingTo(open);
            assertThat(new BigDecimal(String.valueOf(row.get("disputed")))).as("aging disputed").isEqualByComparingTo(disputed);
        });
    }

    private static void scheduleRun(String asOf) {
        as("finance").body("{\"asOf\":\"" + asOf + "\"}").post(receivables.url() + "/api/v1/contracts/schedule-runs")
                .then().statusCode(200);
    }

    private static String invoiceIdOf(String invoiceNumber) {
        JsonPath contract = as("finance").get(receivables.url() + "/api/v1/contracts/" + contractId)
                .then().statusCode(200).extract().jsonPath();
        return contract.getString("installments.find { it.invoiceNumber == '" + invoiceNumber + "' }.invoiceId");
    }

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON);
    }
}
