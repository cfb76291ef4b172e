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
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "receivables"))
class CreditMemoIngestionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String memo(String externalId, String customer, String issueDate, String currency, String amount, String invoiceNumber) {
        return """
                {"externalId":"%s","creditMemoNumber":"CM-%s","customerId":"%s","issueDate":"%s",
                 "currency":"%s","amount":"%s","invoiceNumber":%s,"reason":"damaged goods"}"""
                .formatted(externalId, externalId, customer, issueDate, currency, amount,
                        invoiceNumber == null ? "null" : "\"" + invoiceNumber + "\"");
    }

    private static long stored(String externalId) throws Exception {
        return count("SELECT count(*) FROM erp_message WHERE external_id = ?", externalId);
    }

    @Nested
    class CreditMemos {

        @Test
        void a_memo_credits_its_invoice_and_both_facts_are_published() {
            String customer = unique("C");
            String invoiceId = invoice(customer, "CM-1", "2013-01-02", "100.00");
            String externalId = unique("CM");
            as("erp-integration").body(memo(externalId, customer, "2013-01-25", "USD", "40.00", "CM-1"))
                    .post("/api/v1/erp/credit-memos").then().statusCode(201)
                    .body("invoiceId", equalTo(invoiceId)).body("credited", equalTo("40.00"))
                    .body("awaitingInvoice", equalTo(false));

            JsonNode credited = eventsOfType(customer, "InvoiceCredited", 1).get(0);
            assertThat(credited.path("subject").asText()).isEqualTo(invoiceId);
            assertThat(credited.path("data").path("amount").path("amount").asText()).isEqualTo("40.00");
            assertThat(credited.path("data").path("creditedOn").asText()).isEqualTo("2013-01-25");
            JsonNode issued = eventsOfType(customer, "CreditMemoIssued", 1).get(0);
            assertThat(issued.path("data").path("invoiceNumber").asText()).isEqualTo("CM-1");
            assertThat(issued.path("data").path("creditMemoId").asText()).isEqualTo(ErpValidation.creditMemoId(externalId));
        }

        @Test
        void a_memo_above_the_open_amount_is_refused_and_nothing_is_stored() throws Exception {
            String customer = unique("C");
            String invoiceId = invoice(customer, "CM-2", "2013-01-02", "100.00");
            payment(customer, "2013-01-10", "70.00", "CM-2");
            String externalId = unique("CM");
            as("erp-integration").body(memo(externalId, customer, "2013-01-25", "USD", "30.01", "CM-2"))
                    .post("/api/v1/erp/credit-memos").then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/credit-exceeds-open-amount"))
                    .body("field", equalTo("amount"));
            assertThat(stored(externalId)).isZero();
            assertThat(storedEvents(ErpValidation.creditMemoId(externalId))).isZero();
            assertThat(storedEvents(invoiceId, "InvoiceCredited")).isZero();

            as("erp-integration").body(memo(unique("CM"), customer, "2013-01-25", "USD", "30.00", "CM-2"))
                    .post("/api/v1/erp/credit-memos").then().statusCode(201).body("credited", equalTo("30.00"));
        }

        @Test
        void a_memo_in_another_currency_than_its_invoice_is_refused() throws Exception {
            String customer = unique("C");
            invoice(customer, "CM-3", "2013-01-02", "100.00");
            String externalId = unique("CM");
            as("erp-integration").body(memo(externalId, customer, "2013-01-25", "EUR", "10.00", "CM-3"))
                    .post("/api/v1/erp/credit-memos").then().statusCode(422)
                    .body("type", equalTo("https://ledgerline.io/problems/currency-mismatch"));
            assertThat(stored(externalId)).isZero();
        }

        @Test
        void a_memo_before_its_invoice_waits_and_credits_it_as_of_the_later_date() {
            String customer = unique("C");
            as("erp-integration").body(memo(unique("CM"), customer, "2013-01-01", "USD", "15.00", "CM-LATE"))
                    .post("/api/v1/erp/credit-memos").then().statusCode(201)
                    .body("awaitingInvoice", equalTo(true)).body("credited", equalTo("0.00"));
            String invoiceId = invoice(customer, "CM-LATE", "2013-01-05", "50.00");

            JsonNode credited = eventsOfType(customer, "InvoiceCredited", 1).get(0);
            assertThat(credited.path("subject").asText()).isEqualTo(invoiceId);
            assertThat(credited.path("data").path("amount").path("amount").asText()).isEqualTo("15.00");
            assertThat(credited.path("data").path("creditedOn").asText()).isEqualTo("2013-01-05");
        }

        @Test
        void a_free_memo_is_only_issued() {
            String customer = unique("C");
            as("erp-integration").body(memo(unique("CM"), customer, "2013-01-01", "USD", "15.00", null))
                    .post("/api/v1/erp/credit-memos").then().statusCode(201).body("invoiceId", nullValue());
            JsonNode issued = eventsOfType(customer, "CreditMemoIssued", 1).get(0);
            assertThat(issued.path("data").path("invoiceNumber").isNull()).isTrue();
            assertThat(issued.path("data").path("amount").path("amount").asText()).isEqualTo("15.00");
        }

        @Test
        void the_same_external_id_again_returns_the_first_answer_and_books_nothing_more() throws Exception {
            String customer = unique("C");
            String externalId = unique("CM");
            String first = as("erp-integration").body(memo(externalId, customer, "2013-01-01", "USD", "15.00", null))
                    .post("/api/v1/erp/credit-memos").then().statusCode(201).extract().asString();
            String again = as("erp-integration").body(memo(externalId, customer, "2013-01-01", "USD", "15.0", null))
                    .post("/api/v1/erp/credit-memos").then().statusCode(200).extract().asString();
            assertThat(again).isEqualTo(first);
            assertThat(storedEvents(ErpValidation.creditMemoId(externalId))).isEqualTo(1);
            as("erp-integration").body(memo(externalId, customer, "2013-01-01", "USD", "16.00", null))
                    .post("/api/v1/erp/credit-memos").then().statusCode(409).body("field", equalTo("externalId"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "negative amount   | amount           | \"amount\":\"-5.00\"",
                "too many decimals | amount           | \"amount\":\"1.005\"",
                "unknown currency  | currency         | \"currency\":\"XYZ\"",
                "missing number    | creditMemoNumber | \"creditMemoNumber\":null",
                "missing reason    | reason           | \"reason\":\" \"",
                "bad date          | issueDate        | \"issueDate\":\"2013-02-30\""})
        void bad_input_is_refused_with_the_field_and_nothing_is_stored(String rule, String field, String override) throws Exception {
            String externalId = unique("BAD");
            ObjectNode body = (ObjectNode) JSON.readTree(memo(externalId, unique("C"), "2013-01-01", "USD", "10.00", null));
            body.setAll((ObjectNode) JSON.readTree("{" + override + "}"));
            as("erp-integration").body(body.toString()).post("/api/v1/erp/credit-memos")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-field"))
                    .body("field", equalTo(field.strip()));
            assertThat(stored(externalId)).isZero();
            assertThat(storedEvents(ErpValidation.creditMemoId(externalId))).isZero();
        }

        @Test
        void without_a_token_the_erp_is_not_let_in() {
            anonymous().body(memo(unique("CM"), "C", "2013-01-01", "USD", "1.00", null))
                    .post("/api/v1/erp/credit-memos").then().statusCode(401);
        }

        @Test
        void finance_cannot_push_credit_memos() {
            as("finance").body(memo(unique("CM"), "C", "2013-01-01", "USD", "1.00", null))
                    .post("/api/v1/erp/credit-memos").then().statusCode(403);
        }
    }

    @Nested
    class Batch {

        @Test
        void credit_memos_and_payment_reversals_ride_in_the_batch() {
            String customer = unique("C");
            String invoiceId = invoice(customer, "BM-1", "2013-01-02", "100.00");
            String paymentExternalId = unique("PAY");
            as("erp-integration").body("""
                            {"externalId":"%s","customerId":"%s","receivedDate":"2013-01-10","currency":"USD","amount":"60.00",
                             "allocations":[{"invoiceNumber":"BM-1","amount":"60.00"}]}""".formatted(paymentExternalId, customer))
                    .post("/api/v1/erp/payments").then().statusCode(201);
            String items = "[" + String.join(",",
                    memo(unique("CM"), customer, "2013-01-20", "USD", "10.00", "BM-1").replaceFirst("\\{", "{\"kind\":\"creditMemo\","),
                    memo(unique("CM"), customer, "2013-01-20", "USD", "30.01", "BM-1").replaceFirst("\\{", "{\"kind\":\"creditMemo\","),
                    """
                    {"kind":"paymentReversal","externalId":"%s","paymentExternalId":"%s","reversedOn":"2013-01-28","reason":"bounced"}"""
                            .formatted(unique("REV"), paymentExternalId),
                    """
                    {"kind":"paymentReversal","externalId":"%s","paymentExternalId":"%s","reversedOn":"2013-01-28","reason":"bounced"}"""
                            .formatted(unique("REV"), unique("NO-SUCH-PAY"))) + "]";
            as("erp-integration").body(items).post("/api/v1/erp/batch").then().statusCode(200)
                    .body("status", equalTo(List.of(201, 422, 201, 404)))
                    .body("[0].result.credited", equalTo("10.00"))
                    .body("[1].problem.type", equalTo("https://ledgerline.io/problems/credit-exceeds-open-amount"))
                    .body("[2].result.unapplied[0].invoiceId", equalTo(invoiceId))
                    .body("[2].result.unapplied[0].amount", equalTo("60.00"));

            JsonNode unapplied = eventsOfType(customer, "PaymentUnapplied", 1).get(0);
            assertThat(unapplied.path("data").path("amount").path("amount").asText()).isEqualTo("60.00");
            assertThat(eventsOfType(customer, "PaymentReversed", 1)).hasSize(1);
        }
    }
}
