package io.ledgerline.credit.receivables;

import static io.ledgerline.credit.CreditApi.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.ledgerline.credit.customer.CustomerEvents;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class ExposureResourceTest {

    private static String unique() {
        return "RE-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void exposure_is_what_is_open_today_per_currency_with_no_reservations_or_prepayments_yet() {
        // the steady payer: 20000 (I5) + 500 (late fee) + 12000 (I7, its payment is dated after today) open in CNY
        String id = unique();
        new ReceivablesEvents(id).steadyPayerHistory();
        as("finance").get("/api/v1/customers/{id}/exposure", id).then().statusCode(200)
                .body("customerId", equalTo(id)).body("asOf", equalTo("2013-03-15"))
                .body("currencies", hasSize(1))
                .body("currencies[0].currency", equalTo("CNY"))
                .body("currencies[0].openReceivables", equalTo("32500.00"))
                .body("currencies[0].reservedOrders", equalTo("0.00"))
                .body("currencies[0].prepayments", equalTo("0.00"))
                .body("currencies[0].exposure", equalTo("32500.00"));
    }

    @Test
    void each_currency_stands_alone_and_a_settled_one_shows_zero() {
        // CNY 50000 - 20000 paid = 30000; USD 8000 paid in full = 0
        String id = unique();
        ReceivablesEvents ledger = new ReceivablesEvents(id);
        String cny = ledger.invoice("50000.00", "CNY", "2012-10-01", "2012-10-31");
        ledger.paid(cny, "20000.00", "CNY", "2012-11-05");
        String usd = ledger.invoice("8000.50", "USD", "2012-11-01", "2012-12-01");
        ledger.paid(usd, "8000.50", "USD", "2012-12-01");
        as("sales").get("/api/v1/customers/{id}/exposure", id).then().statusCode(200)
                .body("currencies.currency", contains("CNY", "USD"))
                .body("currencies[0].exposure", equalTo("30000.00"))
                .body("currencies[1].openReceivables", equalTo("0.00"))
                .body("currencies[1].exposure", equalTo("0.00"));
    }

    @Test
    void a_customer_known_but_never_invoiced_has_no_currencies() {
        String id = unique();
        CustomerEvents.publish(CustomerEvents.registered(id), 0);
        as("credit-analyst").get("/api/v1/customers/{id}/exposure", id).then().statusCode(200)
                .body("customerId", equalTo(id)).body("currencies", hasSize(0));
    }

    @Test
    void a_customer_known_from_neither_topic_is_not_found() {
        as("credit-manager").get("/api/v1/customers/{id}/exposure", unique()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ledgerline.io/problems/customer-unknown")).body("field", equalTo("id"));
    }

    @Test
    void an_id_longer_than_100_characters_is_refused() {
        as("finance").get("/api/v1/customers/{id}/exposure", "X".repeat(101)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ledgerline.io/problems/invalid-parameter")).body("field", equalTo("id"));
    }

    @Test
    void the_openapi_says_reservations_come_from_credit_checks() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/customers/{id}/exposure'.get.responses.'404'", notNullValue())
                .body("paths.'/api/v1/customers/{id}/exposure'.get.description",
                        containsString("reservedOrders is the sum of the customer's open order credit checks"));
    }

    @Test
    void only_credit_finance_and_sales_read_exposure() {
        String id = unique();
        given().get("/api/v1/customers/{id}/exposure", id).then().statusCode(401);
        as("collector").get("/api/v1/customers/{id}/exposure", id).then().statusCode(403).contentType("application/problem+json");
        as("ops").get("/api/v1/customers/{id}/exposure", id).then().statusCode(403);
    }
}
