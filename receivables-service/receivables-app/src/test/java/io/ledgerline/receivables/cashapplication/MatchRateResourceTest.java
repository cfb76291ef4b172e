package io.ledgerline.receivables.cashapplication;

import static io.ledgerline.receivables.Ledger.anonymous;
import static io.ledgerline.receivables.Ledger.as;
import static io.ledgerline.receivables.Ledger.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** Payments of this test are received in 2044 so that the range holds only them. */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "receivables"))
class MatchRateResourceTest {

    private static final String PATH = "/api/v1/cash-application/match-rate";

    private static void invoice(String customer, String number, String dueDate, String amount) {
        as("erp-integration").body("""
                        {"externalId":"%s","invoiceNumber":"%s","customerId":"%s",
                         "issueDate":"2044-01-02","dueDate":"%s","currency":"USD","amount":"%s"}"""
                        .formatted(unique("INV"), number, customer, dueDate, amount))
                .post("/api/v1/erp/invoices").then().statusCode(201);
    }

    private static void pay(String customer, String amount, String allocations) {
        as("erp-integration").body("""
                        {"externalId":"%s","customerId":"%s","receivedDate":"2044-01-20","currency":"USD","amount":"%s","allocations":%s}"""
                        .formatted(unique("PAY"), customer, amount, allocations))
                .post("/api/v1/erp/payments").then().statusCode(201);
    }

    @Test
    void counts_payments_by_method_and_the_share_matched_automatically_in_full() {
        String customer = unique("C");
        invoice(customer, "R-1", "2044-02-01", "100.00");
        invoice(customer, "R-2", "2044-03-01", "40.00");
        pay(customer, "40.00", "[{\"invoiceNumber\":\"R-1\",\"amount\":\"40.00\"}]");
        pay(customer, "40.00", "[]");       // exactly R-2
        pay(customer, "70.00", "[]");       // 60.00 oldest first on R-1, 10.00 left
        pay(customer, "5.00", "[]");        // nothing open: all credit balance

        as("finance").queryParam("from", "2044-01-01").queryParam("to", "2044-12-31").get(PATH).then().statusCode(200)
                .body("paymentsReceived", equalTo(4))
                .body("fullyApplied", equalTo(2))
                .body("withoutAllocations", equalTo(3))
                .body("fullyAppliedAutomatically", equalTo(1))
                .body("autoMatchRate", equalTo("0.3333"))
                .body("methods.find { it.method == 'ALLOCATION' }.payments", equalTo(1))
                .body("methods.find { it.method == 'EXACT_AMOUNT' }.applied[0].amount", equalTo("40.00"))
                .body("methods.find { it.method == 'OLDEST_FIRST' }.applied[0].amount", equalTo("60.00"))
                .body("methods.find { it.method == 'MANUAL' }.payments", equalTo(0));
        RestAssured.get("/q/metrics").then().statusCode(200)
                .body(containsString("ledgerline_cash_application_applied_total{method=\"EXACT_AMOUNT\""));
        RestAssured.given().header("Authorization", io.ledgerline.testkit.TestTokens.bearer("ops"))
                .queryParam("from", "2045-01-01").get(PATH).then().statusCode(200)
                .body("paymentsReceived", equalTo(0)).body("autoMatchRate", equalTo(null));
    }

    @Test
    void a_bad_or_reversed_range_is_400() {
        as("finance").queryParam("from", "2044-13-01").get(PATH).then().statusCode(400).body("field", equalTo("from"));
        as("finance").queryParam("from", "2044-02-01").queryParam("to", "2044-01-01").get(PATH).then().statusCode(400);
    }

    @Test
    void only_finance_and_ops_read_it() {
        as("collector").get(PATH).then().statusCode(403);
        anonymous().get(PATH).then().statusCode(401);
    }
}
