package io.ledgerline.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A customer's credit on the real stack. customer-service knows the company, receivables-service its three years of
 * invoices paid on time (pushed by the ERP), credit-service learns both over Debezium and Kafka: graded A, a limit
 * granted within policy, its order approved automatically. Then eight weeks pass (credit-service restarts on the later
 * business date, as after a night's batch): two invoices are 40 days overdue and a judicial record arrives. The record
 * re-assesses the customer by itself: B, a downgrade alert; its next order is held for the overdue items, with who may
 * release it; and the decision history explains both assessments, the grade change and both checks.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CreditJourneyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String CUSTOMER = "JOURNEY-CREDIT";
    /** credit-service's business date at the first assessment, and the day two invoices due 2026-06-19 are 40 days overdue. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate LATER = FIRST_DAY.plusDays(58);
    private static ServiceProcess customers;
    private static ServiceProcess receivables;
    private static ServiceProcess credit;

    @BeforeAll
    static void startServices() throws Exception {
        customers = new ServiceProcess("customer-credit", "customer-service/customer-app", "e2e_credit_customer",
                List.of("-Dledgerline.relay.slot=e2e_credit_customer_relay"));
        receivables = new ServiceProcess("receivables-credit", "receivables-service/receivables-app", "e2e_credit_receivables",
                List.of("-Dledgerline.relay.slot=e2e_credit_receivables_relay", "-Dledgerline.customer-service.url=" + customers.url(),
                        "-Dledgerline.business-day.every=off"));
        customers.start();
        receivables.start();
        credit = creditOn(FIRST_DAY);
        credit.start();
    }

    private static ServiceProcess creditOn(LocalDate day) throws Exception {
        return new ServiceProcess("credit-" + day, "credit-service/credit-app", "e2e_credit_credit",
                List.of("-Dledgerline.relay.slot=e2e_credit_credit_relay",
                        "-Dledgerline.clock.fixed-instant=" + day + "T09:00:00Z"));
    }

    @AfterAll
    static void stopServices() throws Exception {
        for (ServiceProcess p : new ServiceProcess[] {credit, receivables, customers}) {
            if (p != null) {
                p.stop();
            }
        }
    }

    @Test
    @Order(1)
    void a_good_customer_with_three_years_of_punctual_payments_is_graded_a() {
        as("sales").body("""
                        {"customerId":"%s","legalName":"Journey Credit Holdings Ltd.","registrationId":"91310000MA1JOURN01",
                         "registeredCapital":{"amount":"50000000.00","currency":"CNY"},"foundingDate":"1998-04-01",
                         "ownershipType":"STATE_OWNED","industry":"WHOLESALE","region":"EAST","customerType":"DISTRIBUTOR",
                         "salesOwner":"wang.li","lifecycle":"ACTIVE"}""".formatted(CUSTOMER))
                .post(customers.url() + "/api/v1/customers").then().statusCode(201);
        List<String> items = new ArrayList<>();
        // The first order, 40 months back, then one invoice a month for eight months, each paid five days early.
        invoiceAndPayment(items, "JC-0001", LocalDate.of(2023, 1, 10), "200000.00");
        for (int month = 0; month < 8; month++) {
            invoiceAndPayment(items, "JC-1%03d".formatted(month), LocalDate.of(2025, 7, 5).plusMonths(month), "150000.00");
        }
        // Two invoices not yet due on the first day; due 2026-06-19, so 40 days overdue on the later day.
        items.add(invoice("JC-2001", LocalDate.of(2026, 5, 20), "120000.00"));
        items.add(invoice("JC-2002", LocalDate.of(2026, 5, 20), "120000.00"));
        List<Integer> statuses = as("erp-integration").body("[" + String.join(",", items) + "]")
                .post(receivables.url() + "/api/v1/erp/batch").then().statusCode(200).extract().jsonPath().getList("status");
        assertThat(statuses).hasSize(items.size()).allMatch(s -> s == 201);
        as("credit-analyst").body("""
                        {"periodEnd":"2025-12-31","currency":"CNY","workingCapital":"1200000.00","retainedEarnings":"800000.00",
                         "ebit":"450000.00","bookEquity":"2500000.00","totalAssets":"6000000.00","totalLiabilities":"3500000.00",
                         "sales":"9000000.00"}""")
                .post(credit.url() + "/api/v1/customers/" + CUSTOMER + "/financial-statements").then().statusCode(201);

        // credit-service learns the company and the ledger from Kafka; assess once both are there.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(as("credit-analyst")
                .get(credit.url() + "/api/v1/customers/" + CUSTOMER + "/exposure").then().extract().jsonPath()
                .getString("currencies.find { it.currency == 'CNY' }.openReceivables")).isEqualTo("240000.00"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath assessed = as("credit-analyst").post(credit.url() + "/api/v1/customers/" + CUSTOMER + "/assessments")
                    .then().statusCode(201).extract().jsonPath();
            assertThat(assessed.getString("grade")).as("grade once every fact has arrived: %s", assessed.prettify()).isEqualTo("A");
            assertThat(assessed.getList("missingData")).isEmpty();
        });
    }

    @Test
    @Order(2)
    void its_limit_is_granted_within_policy_and_its_order_approves_itself() {
        as("sales").body("""
                        {"customerId":"%s","requestedLimit":{"amount":"2000000.00","currency":"CNY"},"paymentTermsDays":60}"""
                        .formatted(CUSTOMER))
                .post(credit.url() + "/api/v1/credit-applications").then().statusCode(201);
        JsonPath check = check("SO-JC-1", "300000.00");
        assertThat(check.getString("status")).as(check.prettify()).isEqualTo("APPROVED");
    }

    @Test
    @Order(3)
    void forty_days_overdue_and_a_judicial_record_regrade_it_and_its_next_order_is_held() throws Exception {
        credit.stop();
        credit = creditOn(LATER);
        credit.start();
        as("credit-analyst").body("""
                        {"externalId":"COURT-JC-1","kind":"JUDICIAL_RECORD","source":"court-registry","observedOn":"%s",
                         "severity":"HIGH","details":"a supplier sued over unpaid deliveries"}""".formatted(LATER.minusDays(6)))
                .post(customers.url() + "/api/v1/customers/" + CUSTOMER + "/risk-signals").then().statusCode(201);

        // No one asks: the judicial record re-assesses the customer.
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath now = as("credit-analyst").get(credit.url() + "/api/v1/customers/" + CUSTOMER + "/credit")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(now.getString("grade")).as(now.prettify()).isEqualTo("B");
            assertThat(now.getString("trigger")).isEqualTo("risk-signal");
        });
        JsonPath held = check("SO-JC-2", "100000.00");
        assertThat(held.getString("status")).as(held.prettify()).isEqualTo("HOLD");
        assertThat(held.getList("reasons.code")).containsExactly("overdue-beyond-tolerance");
        assertThat(held.getString("reasons[0].detail")).contains("40 days past due").contains("tolerance of 15 days");
        assertThat(held.getList("reasons[0].releasableBy")).contains("credit-manager");
    }

    @Test
    @Order(4)
    void the_history_explains_both_decisions() {
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath history = as("credit-manager").get(credit.url() + "/api/v1/customers/" + CUSTOMER + "/credit/history?size=100")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> entries = history.getList("items");
            assertThat(entries).extracting(e -> e.get("kind")).contains("ASSESSMENT", "CHECK_APPROVED", "GRADE_CHANGE",
                    "DOWNGRADE_ALERT", "CHECK_HELD");
            Map<String, Object> change = entries.stream().filter(e -> "GRADE_CHANGE".equals(e.get("kind")))
                    .filter(e -> String.valueOf(e.get("summary")).startsWith("grade A -> B")).findFirst().orElseThrow();
            assertThat(String.valueOf(change.get("explanation"))).contains("reputation").contains("oldest-overdue-age");
            Map<String, Object> hold = entries.stream().filter(e -> "CHECK_HELD".equals(e.get("kind"))).findFirst().orElseThrow();
            assertThat(String.valueOf(hold.get("explanation"))).contains("40 days past due");
        });
    }

    private static JsonPath check(String orderId, String amount) {
        return as("sales").body("""
                        {"customerId":"%s","orderId":"%s","amount":"%s","currency":"CNY"}""".formatted(CUSTOMER, orderId, amount))
                .post(credit.url() + "/api/v1/credit-checks").then().statusCode(201).extract().jsonPath();
    }

    private static void invoiceAndPayment(List<String> items, String number, LocalDate issued, String amount) {
        items.add(invoice(number, issued, amount));
        items.add("""
                {"kind":"payment","externalId":"PAY-%s","customerId":"%s","receivedDate":"%s","currency":"CNY","amount":"%s",
                 "allocations":[{"invoiceNumber":"%s","amount":"%s"}]}""".formatted(number, CUSTOMER, issued.plusDays(25), amount,
                number, amount));
    }

    private static String invoice(String number, LocalDate issued, String amount) {
        return """
                {"kind":"invoice","externalId":"INV-%s","invoiceNumber":"%s","customerId":"%s","issueDate":"%s","dueDate":"%s",
                 "currency":"CNY","amount":"%s"}""".formatted(number, number, CUSTOMER, issued, issued.plusDays(30), amount);
    }

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON);
    }
}
