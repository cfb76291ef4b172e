package io.ledgerline.receivables.dispute;

import static io.ledgerline.receivables.Ledger.anonymous;
import static io.ledgerline.receivables.Ledger.as;
import static io.ledgerline.receivables.Ledger.eventsOfType;
import static io.ledgerline.receivables.Ledger.invoice;
import static io.ledgerline.receivables.Ledger.payment;
import static io.ledgerline.receivables.Ledger.storedEvents;
import static io.ledgerline.receivables.Ledger.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "receivables"))
class DisputeResourceTest {

    private static String disputes(String invoiceId) {
        return "/api/v1/invoices/" + invoiceId + "/disputes";
    }

    private static String resolution(String invoiceId, String disputeId) {
        return disputes(invoiceId) + "/" + disputeId + "/resolution";
    }

    private static String dispute(String amount) {
        return "{\"amount\":\"" + amount + "\",\"reason\":\"short delivery\",\"openedOn\":\"2013-01-22\"}";
    }

    private static String open(String role, String invoiceId, String amount) {
        return as(role).body(dispute(amount)).post(disputes(invoiceId))
                .then().statusCode(201).body("disputeId", notNullValue()).extract().path("disputeId");
    }

    @Nested
    class Open {

        @Test
        void finance_and_collectors_open_disputes_and_they_are_published() {
            String customer = unique("C");
            String invoiceId = invoice(customer, "D-1", "2013-01-02", "100.00");
            String byFinance = open("finance", invoiceId, "20.00");
            String byCollector = open("collector", invoiceId, "30.00");

            assertThat(eventsOfType(customer, "DisputeOpened", 2))
                    .extracting(e -> e.path("data").path("disputeId").asText() + "=" + e.path("data").path("amount").path("amount").asText())
                    .containsExactly(byFinance + "=20.00", byCollector + "=30.00");
        }

        @Test
        void never_more_than_is_open_and_nothing_is_stored() throws Exception {
            String customer = unique("C");
            String invoiceId = invoice(customer, "D-2", "2013-01-02", "100.00");
            payment(customer, "2013-01-10", "60.00", "D-2");
            as("finance").body(dispute("40.01")).post(disputes(invoiceId))
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/dispute-exceeds-open-amount"))
                    .body("field", equalTo("amount"));
            assertThat(storedEvents(invoiceId, "DisputeOpened")).isZero();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "zero amount       | amount   | {\"amount\":\"0\",\"reason\":\"x\",\"openedOn\":\"2013-01-22\"}",
                "too many decimals | amount   | {\"amount\":\"1.001\",\"reason\":\"x\",\"openedOn\":\"2013-01-22\"}",
                "no reason         | reason   | {\"amount\":\"1.00\",\"openedOn\":\"2013-01-22\"}",
                "bad date          | openedOn | {\"amount\":\"1.00\",\"reason\":\"x\",\"openedOn\":\"yesterday\"}"})
        void bad_input_is_refused_with_the_field_and_nothing_is_stored(String rule, String field, String body) throws Exception {
            String invoiceId = invoice(unique("C"), "D-3", "2013-01-02", "100.00");
            as("finance").body(body).post(disputes(invoiceId))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-field"))
                    .body("field", equalTo(field.strip()));
            assertThat(storedEvents(invoiceId, "DisputeOpened")).isZero();
        }

        @Test
        void malformed_json_is_a_problem() {
            as("finance").body("{\"amount\":").post(disputes("any"))
                    .then().statusCode(400).body("type", equalTo("https://ledgerline.io/problems/malformed-json"));
        }

        @Test
        void an_unknown_invoice_is_not_found() {
            as("finance").body(dispute("1.00")).post(disputes("no-such-invoice")).then().statusCode(404);
        }

        @Test
        void without_a_token_nobody_disputes() {
            anonymous().body(dispute("1.00")).post(disputes("any")).then().statusCode(401);
        }

        @Test
        void sales_cannot_open_disputes() {
            as("sales").body(dispute("1.00")).post(disputes("any")).then().statusCode(403);
        }
    }

    @Nested
    class Resolve {

        @Test
        void upheld_credits_the_invoice_through_a_credit_memo() {
            String customer = unique("C");
            String invoiceId = invoice(customer, "D-4", "2013-01-02", "100.00");
            String disputeId = open("collector", invoiceId, "20.00");
            String creditMemoId = as("finance").body("{\"outcome\":\"UPHELD\",\"resolvedOn\":\"2013-02-05\"}")
                    .post(resolution(invoiceId, disputeId))
                    .then().statusCode(200).body("credited", equalTo("20.00")).body("creditMemoId", notNullValue())
                    .extract().path("creditMemoId");

            JsonNode resolved = eventsOfType(customer, "DisputeResolved", 1).get(0).path("data");
            assertThat(resolved.path("outcome").asText()).isEqualTo("UPHELD");
            assertThat(resolved.path("creditMemoId").asText()).isEqualTo(creditMemoId);
            JsonNode credited = eventsOfType(customer, "InvoiceCredited", 1).get(0).path("data");
            assertThat(credited.path("creditMemoId").asText()).isEqualTo(creditMemoId);
            assertThat(credited.path("amount").path("amount").asText()).isEqualTo("20.00");
            JsonNode memo = eventsOfType(customer, "CreditMemoIssued", 1).get(0).path("data");
            assertThat(memo.path("creditMemoId").asText()).isEqualTo(creditMemoId);
            assertThat(memo.path("invoiceNumber").asText()).isEqualTo("D-4");
            assertThat(memo.path("issueDate").asText()).isEqualTo("2013-02-05");

            // the invoice now has 80.00 open: a dispute of 80.01 is refused
            as("finance").body(dispute("80.01")).post(disputes(invoiceId)).then().statusCode(422);
        }

        @Test
        void rejected_credits_nothing() throws Exception {
            String customer = unique("C");
            String invoiceId = invoice(customer, "D-5", "2013-01-02", "100.00");
            String disputeId = open("finance", invoiceId, "20.00");
            as("finance").body("{\"outcome\":\"REJECTED\",\"resolvedOn\":\"2013-02-05\"}").post(resolution(invoiceId, disputeId))
                    .then().statusCode(200).body("credited", equalTo("0.00")).body("creditMemoId", nullValue());
            assertThat(eventsOfType(customer, "DisputeResolved", 1)).hasSize(1);
            assertThat(storedEvents(invoiceId, "InvoiceCredited")).isZero();
        }

        @Test
        void a_dispute_is_resolved_once() throws Exception {
            String invoiceId = invoice(unique("C"), "D-6", "2013-01-02", "100.00");
            String disputeId = open("finance", invoiceId, "20.00");
            as("finance").body("{\"outcome\":\"REJECTED\",\"resolvedOn\":\"2013-02-05\"}").post(resolution(invoiceId, disputeId))
                    .then().statusCode(200);
            as("finance").body("{\"outcome\":\"UPHELD\",\"resolvedOn\":\"2013-02-06\"}").post(resolution(invoiceId, disputeId))
                    .then().statusCode(422).body("type", equalTo("https://ledgerline.io/problems/no-such-open-dispute"));
            assertThat(storedEvents(invoiceId, "DisputeResolved")).isEqualTo(1);
            assertThat(storedEvents(invoiceId, "InvoiceCredited")).isZero();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "unknown outcome | outcome    | {\"outcome\":\"WITHDRAWN\",\"resolvedOn\":\"2013-02-05\"}",
                "no outcome      | outcome    | {\"resolvedOn\":\"2013-02-05\"}",
                "bad date        | resolvedOn | {\"outcome\":\"UPHELD\",\"resolvedOn\":\"2013-02-30\"}"})
        void bad_input_is_refused_with_the_field_and_nothing_is_stored(String rule, String field, String body) throws Exception {
            String invoiceId = invoice(unique("C"), "D-7", "2013-01-02", "100.00");
            String disputeId = open("finance", invoiceId, "20.00");
            as("finance").body(body).post(resolution(invoiceId, disputeId))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("field", equalTo(field.strip()));
            assertThat(storedEvents(invoiceId, "DisputeResolved")).isZero();
        }

        @Test
        void without_a_token_nobody_resolves() {
            anonymous().body("{\"outcome\":\"UPHELD\",\"resolvedOn\":\"2013-02-05\"}").post(resolution("any", "any")).then().statusCode(401);
        }

        @Test
        void collectors_cannot_resolve() {
            as("collector").body("{\"outcome\":\"UPHELD\",\"resolvedOn\":\"2013-02-05\"}").post(resolution("any", "any")).then().statusCode(403);
        }
    }
}
