package io.ledgerline.receivables.position;

import static io.ledgerline.receivables.Ledger.anonymous;
import static io.ledgerline.receivables.Ledger.as;
import static io.ledgerline.receivables.Ledger.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "receivables"))
class CustomerBalanceResourceTest {

    private static String invoice(String customer, String number, String dueDate, String amount) {
        return as("erp-integration").body("""
                        {"externalId":"%s","invoiceNumber":"%s","customerId":"%s",
                         "issueDate":"2013-01-02","dueDate":"%s","currency":"USD","amount":"%s"}"""
                        .formatted(unique("INV"), number, customer, dueDate, amount))
                .post("/api/v1/erp/invoices").then().statusCode(201).extract().path("invoiceId");
    }

    @Test
    void open_disputed_overdue_and_unapplied_cash_per_currency_with_net_as_open_less_credit_balance() {
        String customer = unique("C");
        String due = invoice(customer, "B-1", "2013-02-01", "100.00");
        invoice(customer, "B-2", "2013-04-01", "50.00");
        as("finance").body("{\"amount\":\"20.00\",\"reason\":\"short delivery\",\"openedOn\":\"2013-01-20\"}")
                .post("/api/v1/invoices/" + due + "/disputes").then().statusCode(201);
        as("erp-integration").body("""
                        {"externalId":"%s","customerId":"%s","receivedDate":"2013-01-10","currency":"USD","amount":"70.00",
                         "allocations":[{"invoiceNumber":"B-1","amount":"30.00"},{"invoiceNumber":"B-9","amount":"40.00"}]}"""
                        .formatted(unique("PAY"), customer))
                .post("/api/v1/erp/payments").then().statusCode(201);

        as("collector").queryParam("asOf", "2013-03-01").get("/api/v1/customers/{id}/balance", customer).then().statusCode(200)
                .body("customerId", equalTo(customer)).body("asOf", equalTo("2013-03-01"))
                .body("currencies", hasSize(1))
                .body("currencies[0].currency", equalTo("USD"))
                .body("currencies[0].openItems", equalTo("120.00"))
                .body("currencies[0].openItemCount", equalTo(2))
                .body("currencies[0].disputed", equalTo("20.00"))
                .body("currencies[0].overdue", equalTo("70.00"))
                .body("currencies[0].overdueItemCount", equalTo(1))
                .body("currencies[0].unappliedCash", equalTo("40.00"))
                .body("currencies[0].paymentsWithUnappliedCash", equalTo(1))
                .body("currencies[0].net", equalTo("80.00"));
    }

    @Test
    void a_customer_without_items_or_payments_has_no_currencies() {
        as("sales").get("/api/v1/customers/{id}/balance", unique("NOBODY")).then().statusCode(200).body("currencies", hasSize(0));
    }

    @Test
    void a_bad_as_of_date_is_400() {
        as("finance").queryParam("asOf", "yesterday").get("/api/v1/customers/{id}/balance", "C")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("asOf"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"credit-analyst", "credit-manager"})
    void credit_roles_read_balances(String role) {
        as(role).get("/api/v1/customers/{id}/balance", "C").then().statusCode(200);
    }

    @Test
    void the_erp_and_strangers_do_not() {
        as("erp-integration").get("/api/v1/customers/{id}/balance", "C").then().statusCode(403);
        anonymous().get("/api/v1/customers/{id}/balance", "C").then().statusCode(401);
    }
}
