package io.ledgerline.receivables.erp;

import static io.ledgerline.receivables.Ledger.anonymous;
import static io.ledgerline.receivables.Ledger.as;
import static io.ledgerline.receivables.Ledger.count;
import static io.ledgerline.receivables.Ledger.eventsOfType;
import static io.ledgerline.receivables.Ledger.invoice;
import static io.ledgerline.receivables.Ledger.payment;
import static io.ledgerline.receivables.Ledger.storedEvents;
import static io.ledgerline.receivables.Ledger.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "receivables"))
class DebitAdjustmentIngestionTest {

    private static final String DEBITS = "/api/v1/erp/debit-adjustments";

    private static String debit(String externalId, String customer, String number, String debitedOn, String currency, String amount) {
        return """
                {"externalId":"%s","customerId":"%s","invoiceNumber":"%s","debitedOn":"%s","currency":"%s","amount":"%s",
                 "reason":"freight billed afterwards"}""".formatted(externalId, customer, number, debitedOn, currency, amount);
    }

    private static long stored(String externalId) throws Exception {
        return count("SELECT count(*) FROM erp_message WHERE kind = 'debitAdjustment' AND external_id = ?", externalId);
    }

    @Test
    void a_debit_raises_what_the_invoice_asks_for_and_a_payment_can_settle_it() {
        String customer = unique("C");
        String invoiceId = invoice(customer, "DA-1", "2013-01-02", "100.00");
        as("erp-integration").body(debit(unique("DA"), customer, "DA-1", "2013-01-10", "USD", "12.50")).post(DEBITS)
                .then().statusCode(201).body("invoiceId", equalTo(invoiceId)).body("amount", equalTo("12.50"));
        payment(customer, "2013-01-20", "112.50", "DA-1");

        JsonNode debited = eventsOfType(customer, "InvoiceDebited", 1).get(0);
        assertThat(debited.path("subject").asText()).isEqualTo(invoiceId);
        assertThat(debited.path("data").path("debitedOn").asText()).isEqualTo("2013-01-10");
        assertThat(eventsOfType(customer, "PaymentApplied", 1).get(0).path("data").path("amount").path("amount").asText())
                .isEqualTo("112.50");
    }

    @Test
    void the_same_external_id_again_returns_the_first_answer_and_other_content_is_a_conflict() throws Exception {
        String customer = unique("C");
        String invoiceId = invoice(customer, "DA-2", "2013-01-02", "100.00");
        String externalId = unique("DA");
        String first = as("erp-integration").body(debit(externalId, customer, "DA-2", "2013-01-10", "USD", "5.00")).post(DEBITS)
                .then().statusCode(201).extract().asString();
        String again = as("erp-integration").body(debit(externalId, customer, "DA-2", "2013-01-10", "USD", "5.0")).post(DEBITS)
                .then().statusCode(200).extract().asString();
        assertThat(again).isEqualTo(first);
        as("erp-integration").body(debit(externalId, customer, "DA-2", "2013-01-10", "USD", "6.00")).post(DEBITS)
                .then().statusCode(409).body("field", equalTo("externalId"));
        assertThat(storedEvents(invoiceId, "InvoiceDebited")).isEqualTo(1);
    }

    @Test
    void a_debit_for_an_invoice_not_received_yet_is_refused_and_nothing_is_stored() throws Exception {
        String externalId = unique("DA");
        as("erp-integration").body(debit(externalId, unique("C"), "DA-NONE", "2013-01-10", "USD", "5.00")).post(DEBITS)
                .then().statusCode(422).body("type", equalTo("https://ledgerline.io/problems/unknown-invoice"))
                .body("field", equalTo("invoiceNumber"));
        assertThat(stored(externalId)).isZero();
    }

    @Test
    void a_debit_in_another_currency_or_before_the_invoice_is_refused() throws Exception {
        String customer = unique("C");
        String invoiceId = invoice(customer, "DA-3", "2013-01-02", "100.00");
        String externalId = unique("DA");
        as("erp-integration").body(debit(externalId, customer, "DA-3", "2013-01-10", "EUR", "5.00")).post(DEBITS)
                .then().statusCode(422).body("type", equalTo("https://ledgerline.io/problems/currency-mismatch"));
        as("erp-integration").body(debit(externalId, customer, "DA-3", "2013-01-01", "USD", "5.00")).post(DEBITS)
                .then().statusCode(400).body("field", equalTo("debitedOn"));
        assertThat(stored(externalId)).isZero();
        assertThat(storedEvents(invoiceId, "InvoiceDebited")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "negative amount   | amount        | -5.00 | 2013-01-10",
            "too many decimals | amount        | 1.005 | 2013-01-10",
            "bad date          | debitedOn     | 5.00  | soon"})
    void bad_input_is_refused_with_the_field(String rule, String field, String amount, String debitedOn) throws Exception {
        String externalId = unique("DA");
        as("erp-integration").body(debit(externalId, unique("C"), "DA-4", debitedOn, "USD", amount)).post(DEBITS)
                .then().statusCode(400).body("field", equalTo(field));
        assertThat(stored(externalId)).isZero();
    }

    @Test
    void a_batch_item_of_kind_debit_adjustment_is_booked_like_the_endpoint() {
        String customer = unique("C");
        invoice(customer, "DA-5", "2013-01-02", "100.00");
        String item = debit(unique("DA"), customer, "DA-5", "2013-01-10", "USD", "7.00").replaceFirst("\\{", "{\"kind\":\"debitAdjustment\",");
        as("erp-integration").body("[" + item + "]").post("/api/v1/erp/batch").then().statusCode(200)
                .body("[0].status", equalTo(201)).body("[0].result.amount", equalTo("7.00"));
    }

    @Test
    void only_the_erp_pushes_debit_adjustments() {
        String body = debit(unique("DA"), unique("C"), "DA-6", "2013-01-10", "USD", "5.00");
        as("finance").body(body).post(DEBITS).then().statusCode(403);
        anonymous().body(body).post(DEBITS).then().statusCode(401);
    }
}
