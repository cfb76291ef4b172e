package io.ledgerline.reporting.behaviour;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.reporting.metrics.LedgerFacts;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link #CUSTOMER}'s CAD invoices, published on the real topic and folded by the projection:
 * <ul>
 *   <li>100.00 due 2019-01-31, paid 2019-01-21 (10 days early: 0 late, score 100);</li>
 *   <li>300.00 due 2019-02-28, 100.00 paid 2019-02-10 and 200.00 on 2019-03-10 (paid 2019-03-10, 10 days late,
 *       score 80 - 10 x 10 / 15 = 73.3333);</li>
 *   <li>200.00 due 2019-03-31, paid 2019-04-30, the payment unapplied 2019-05-05 and paid again 2019-05-20 (paid
 *       2019-05-20, 50 days late, score 50 - 10 x 20 / 30 = 43.3333);</li>
 *   <li>400.00 due 2019-04-30, credited in full 2019-05-01 (closed, not paid); 500.00 due 2019-05-31, open.</li>
 * </ul>
 * As of 2019-06-30: 3 paid, days late 0, 10, 50: mean 20.00, median 10.00, 25th 5.00, 75th 30.00, on time 1/3;
 * index (100 x 100 + 73.3333 x 300 + 43.3333 x 200) / 600 = 40666.65 / 600 = 67.78, so 68.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class PaymentBehaviourResourceTest {

    private static final String CUSTOMER = "0902-BEHAV";
    private static boolean folded;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void foldOnce() {
        if (folded) {
            return;
        }
        LedgerFacts ledger = new LedgerFacts(dataSource);
        String early = ledger.issue(CUSTOMER, "0000000921", "100.00", "CAD", "2019-01-01", "2019-01-31");
        ledger.pay(CUSTOMER, early, "100.00", "CAD", "2019-01-21");
        String twice = ledger.issue(CUSTOMER, "0000000922", "300.00", "CAD", "2019-01-29", "2019-02-28");
        ledger.pay(CUSTOMER, twice, "100.00", "CAD", "2019-02-10");
        ledger.pay(CUSTOMER, twice, "200.00", "CAD", "2019-03-10");
        String bounced = ledger.issue(CUSTOMER, "0000000923", "200.00", "CAD", "2019-03-01", "2019-03-31");
        ledger.pay(CUSTOMER, bounced, "200.00", "CAD", "2019-04-30");
        ledger.fact(CUSTOMER, "PaymentUnapplied", """
                {"invoiceId":"%s","invoiceNumber":"0000000923","paymentId":"%s","customerId":"%s",
                 "unappliedOn":"2019-05-05","amount":{"amount":"200.00","currency":"CAD"},"reason":"payment bounced"}"""
                .formatted(bounced, UUID.randomUUID(), CUSTOMER));
        ledger.pay(CUSTOMER, bounced, "200.00", "CAD", "2019-05-20");
        String credited = ledger.issue(CUSTOMER, "0000000924", "400.00", "CAD", "2019-03-31", "2019-04-30");
        ledger.fact(CUSTOMER, "InvoiceCredited", """
                {"invoiceId":"%s","invoiceNumber":"0000000924","customerId":"%s","creditMemoId":"%s",
                 "creditedOn":"2019-05-01","amount":{"amount":"400.00","currency":"CAD"}}"""
                .formatted(credited, CUSTOMER, UUID.randomUUID()));
        ledger.issue(CUSTOMER, "0000000925", "500.00", "CAD", "2019-05-01", "2019-05-31");
        folded = true;
    }

    @Test
    void paid_invoices_against_the_hand_computed_figures() {
        JsonPath behaviour = behaviour("2019-06-30");

        assertThat(behaviour.getString("since")).isEqualTo("2018-07-01");
        assertThat(behaviour.getInt("invoicesPaid")).isEqualTo(3);
        assertThat(behaviour.getString("averageDaysLate")).isEqualTo("20.00");
        assertThat(behaviour.getString("medianDaysLate")).isEqualTo("10.00");
        assertThat(behaviour.getString("daysLate25thPercentile")).isEqualTo("5.00");
        assertThat(behaviour.getString("daysLate75thPercentile")).isEqualTo("30.00");
        assertThat(behaviour.getString("onTimeShare")).isEqualTo("0.3333");
        assertThat(behaviour.getMap("paydex[0]")).containsEntry("currency", "CAD").containsEntry("invoicesPaid", 3)
                .containsEntry("amountPaid", "600.00").containsEntry("index", 68);
        assertThat(behaviour.getList("trend")).hasSize(12);
        assertThat(behaviour.getMap("trend.find { it.month == '2019-03' }")).containsEntry("invoicesPaid", 1)
                .containsEntry("averageDaysLate", "10.00");
        assertThat(behaviour.getMap("trend.find { it.month == '2019-04' }")).containsEntry("invoicesPaid", 0);
        assertThat(behaviour.getMap("trend.find { it.month == '2019-05' }")).containsEntry("averageDaysLate", "50.00");
    }

    @Test
    void an_unapplied_payment_reopens_the_invoice_until_it_is_paid_again() {
        // on 2019-05-15 the 200.00 invoice is open again: only the first two count
        assertThat(behaviour("2019-05-15").getInt("invoicesPaid")).isEqualTo(2);
        assertThat(behaviour("2019-04-30").getInt("invoicesPaid")).as("paid on 2019-04-30, 30 days late").isEqualTo(3);
        assertThat(behaviour("2019-04-30").getString("averageDaysLate")).isEqualTo("13.33");
    }

    @Test
    void refuses_a_bad_date_a_wrong_role_and_no_token() {
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("asOf", "2019-02-30")
                .get("/api/v1/customers/{id}/payment-behaviour", CUSTOMER).then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("asOf"));
        given().header("Authorization", TestTokens.bearer("erp-integration"))
                .get("/api/v1/customers/{id}/payment-behaviour", CUSTOMER).then().statusCode(403);
        given().get("/api/v1/customers/{id}/payment-behaviour", CUSTOMER).then().statusCode(401);
    }

    private static JsonPath behaviour(String asOf) {
        return given().header("Authorization", TestTokens.bearer("credit-analyst")).queryParams(Map.of("asOf", asOf))
                .get("/api/v1/customers/{id}/payment-behaviour", CUSTOMER).then().statusCode(200).extract().jsonPath();
    }
}
