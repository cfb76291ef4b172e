package io.ledgerline.credit.check;

import static io.ledgerline.credit.CreditApi.GRADE_C_STATEMENT;
import static io.ledgerline.credit.CreditApi.as;
import static io.ledgerline.credit.CreditApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.credit.CreditApi;
import io.ledgerline.credit.receivables.ReceivablesEvents;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A payment on account (published on the real receivables topic) counts as a prepayment in the order credit check. */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class PrepaymentCheckResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shipped policy but grade C orders approve themselves up to 100000.00 CNY, so only the limit can hold an order. */
    @BeforeEach
    void gradeCApprovesUpTo100000() throws Exception {
        CreditApi.defaultScorecardIsCurrent();
        CreditApi.gradeCApprovesUpTo("prepayment variant", "100000.00");
    }

    @AfterEach
    void shippedPolicyAgain() {
        CreditApi.defaultPolicyIsCurrent();
    }

    private static String order(String customerId, String amount) {
        return "{\"customerId\":\"" + customerId + "\",\"orderId\":\"" + unique("SO-") + "\",\"amount\":\"" + amount
                + "\",\"currency\":\"CNY\"}";
    }

    @Test
    void an_order_over_the_limit_is_approved_once_the_customer_has_cash_on_account() {
        String customer = unique("PC-");
        as("credit-analyst").body(GRADE_C_STATEMENT).post("/api/v1/customers/{id}/financial-statements", customer).then().statusCode(201);
        as("credit-analyst").post("/api/v1/customers/{id}/assessments", customer).then().statusCode(201).body("grade", equalTo("C"));
        as("sales").body("{\"customerId\":\"" + customer + "\",\"requestedLimit\":{\"amount\":\"200000.00\",\"currency\":\"CNY\"},"
                + "\"paymentTermsDays\":30,\"prepaymentShare\":\"0.30\"}").post("/api/v1/credit-applications")
                .then().statusCode(201).body("status", equalTo("GRANTED"));
        ReceivablesEvents ledger = new ReceivablesEvents(customer);
        ledger.invoice("150000.00", "CNY", "2013-03-01", "2013-03-31");

        // 150000 open + 0 reserved - 0 prepaid + 70000 = 220000 > 200000
        as("sales").body(order(customer, "70000.00")).post("/api/v1/credit-checks").then().statusCode(201)
                .body("status", equalTo("HOLD")).body("reasons.code", contains("over-limit"))
                .body("reasons[0].detail", equalTo("exposure with this order 220000.00 CNY (open 150000.00 + reserved 0.00 - prepaid 0.00 "
                        + "+ order 70000.00) is above the credit limit of 200000.00 CNY"));

        // 30000 paid on account (allocated to an order not invoiced yet): 150000 + 0 - 30000 + 70000 = 190000 <= 200000
        ledger.received("30000.00", "CNY", "2013-03-10");
        as("sales").body(order(customer, "70000.00")).post("/api/v1/credit-checks").then().statusCode(201)
                .body("status", equalTo("APPROVED")).body("reasons", empty())
                .body("inputs.openReceivables.amount", equalTo("150000.00")).body("inputs.reservedOrders.amount", equalTo("0.00"))
                .body("inputs.prepayments.amount", equalTo("30000.00")).body("inputs.exposureWithOrder.amount", equalTo("190000.00"));
        as("credit-manager").get("/api/v1/customers/{id}/exposure", customer).then().statusCode(200)
                .body("currencies[0].openReceivables", equalTo("150000.00")).body("currencies[0].reservedOrders", equalTo("70000.00"))
                .body("currencies[0].prepayments", equalTo("30000.00")).body("currencies[0].exposure", equalTo("190000.00"));
    }
}
