package io.ledgerline.receivables.cashapplication;

import static io.ledgerline.receivables.Ledger.as;
import static io.ledgerline.receivables.Ledger.count;
import static io.ledgerline.receivables.Ledger.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Payments without allocations find their invoices on their own, through POST /api/v1/erp/payments. */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "receivables"))
class AutoMatchTest {

    static String invoice(String customer, String number, String dueDate, String currency, String amount) {
        return as("erp-integration").body("""
                        {"externalId":"%s","invoiceNumber":"%s","customerId":"%s",
                         "issueDate":"2013-01-02","dueDate":"%s","currency":"%s","amount":"%s"}"""
                        .formatted(unique("INV"), number, customer, dueDate, currency, amount))
                .post("/api/v1/erp/invoices").then().statusCode(201).extract().path("invoiceId");
    }

    static ValidatableResponse pay(String externalId, String customer, String currency, String amount, String reference) {
        String remittance = reference == null ? "" : ",\"remittanceReference\":\"" + reference + "\"";
        return as("erp-integration").body("""
                        {"externalId":"%s","customerId":"%s","receivedDate":"2013-01-20","currency":"%s","amount":"%s"%s}"""
                        .formatted(externalId, customer, currency, amount, remittance))
                .post("/api/v1/erp/payments").then();
    }

    static long applied(String invoiceId, String method) throws Exception {
        return count("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                AND payload_type = 'ledgerline.receivables.PaymentApplied.v1' AND convert_from(payload, 'UTF8')::jsonb ->> 'method' = ?""",
                invoiceId, method);
    }

    @Test
    void invoice_numbers_in_the_remittance_reference_are_paid_first() throws Exception {
        String customer = unique("C");
        invoice(customer, "OLD-1", "2013-01-10", "USD", "30.00");
        String named = invoice(customer, "RR-1", "2013-03-01", "USD", "30.00");
        pay(unique("PAY"), customer, "USD", "30.00", "Settles RR-1, thank you").statusCode(201)
                .body("applied", hasSize(1))
                .body("applied[0].invoiceNumber", equalTo("RR-1"))
                .body("applied[0].method", equalTo("REMITTANCE_REFERENCE"))
                .body("unapplied", equalTo("0.00"));
        assertThat(applied(named, "REMITTANCE_REFERENCE")).isEqualTo(1);
    }

    @Test
    void a_reference_to_an_invoice_not_received_yet_waits_for_it() throws Exception {
        String customer = unique("C");
        invoice(customer, "OLD-1", "2013-01-10", "USD", "30.00");
        pay(unique("PAY"), customer, "USD", "25.00", "for RR-9").statusCode(201)
                .body("applied", hasSize(0))
                .body("awaitingInvoice[0].invoiceNumber", equalTo("RR-9"))
                .body("awaitingInvoice[0].method", equalTo("REMITTANCE_REFERENCE"))
                .body("unapplied", equalTo("25.00"));
        String arrived = invoice(customer, "RR-9", "2013-03-01", "USD", "40.00");
        assertThat(applied(arrived, "REMITTANCE_REFERENCE")).isEqualTo(1);
    }

    @Test
    void an_exact_amount_beats_the_oldest_item() throws Exception {
        String customer = unique("C");
        invoice(customer, "A-1", "2013-01-10", "USD", "100.00");
        String exact = invoice(customer, "A-2", "2013-02-10", "USD", "55.94");
        pay(unique("PAY"), customer, "USD", "55.94", null).statusCode(201)
                .body("applied[0].invoiceNumber", equalTo("A-2"))
                .body("applied[0].method", equalTo("EXACT_AMOUNT"));
        assertThat(applied(exact, "EXACT_AMOUNT")).isEqualTo(1);
    }

    @Test
    void otherwise_the_oldest_items_in_the_currency_are_settled_first_skipping_disputed_amounts_and_the_rest_is_credit() {
        String customer = unique("C");
        String disputed = invoice(customer, "O-1", "2013-01-10", "USD", "100.00");
        as("finance").body("{\"amount\":\"100.00\",\"reason\":\"damaged\",\"openedOn\":\"2013-01-15\"}")
                .post("/api/v1/invoices/" + disputed + "/disputes").then().statusCode(201);
        invoice(customer, "O-2", "2013-01-20", "USD", "40.00");
        invoice(customer, "O-3", "2013-01-15", "EUR", "40.00");
        invoice(customer, "O-4", "2013-01-30", "USD", "50.00");
        pay(unique("PAY"), customer, "USD", "120.00", "no number here").statusCode(201)
                .body("applied.invoiceNumber", equalTo(java.util.List.of("O-2", "O-4")))
                .body("applied.method", equalTo(java.util.List.of("OLDEST_FIRST", "OLDEST_FIRST")))
                .body("unapplied", equalTo("30.00"));
        as("finance").get("/api/v1/customers/{id}/balance", customer).then().statusCode(200)
                .body("currencies.find { it.currency == 'USD' }.unappliedCash", equalTo("30.00"))
                .body("currencies.find { it.currency == 'USD' }.openItems", equalTo("100.00"))
                .body("currencies.find { it.currency == 'USD' }.disputed", equalTo("100.00"))
                .body("currencies.find { it.currency == 'EUR' }.openItems", equalTo("40.00"));
    }

    @Test
    void the_remittance_reference_is_part_of_the_message_so_a_changed_repeat_is_a_conflict() {
        String customer = unique("C");
        String externalId = unique("PAY");
        pay(externalId, customer, "USD", "10.00", "X-1").statusCode(201);
        pay(externalId, customer, "USD", "10.00", "X-1").statusCode(200);
        pay(externalId, customer, "USD", "10.00", "X-2").statusCode(409).body("field", equalTo("externalId"));
    }

    @Test
    void a_remittance_reference_longer_than_500_characters_is_refused_and_nothing_is_stored() throws Exception {
        String externalId = unique("PAY");
        pay(externalId, unique("C"), "USD", "10.00", "x".repeat(501)).statusCode(400)
                .body("field", equalTo("remittanceReference"));
        assertThat(count("SELECT count(*) FROM erp_message WHERE external_id = ?", externalId)).isZero();
    }
}
