package io.ledgerline.receivables.reversal;

import static io.ledgerline.receivables.Ledger.anonymous;
import static io.ledgerline.receivables.Ledger.as;
import static io.ledgerline.receivables.Ledger.count;
import static io.ledgerline.receivables.Ledger.events;
import static io.ledgerline.receivables.Ledger.eventsOfType;
import static io.ledgerline.receivables.Ledger.invoice;
import static io.ledgerline.receivables.Ledger.ofType;
import static io.ledgerline.receivables.Ledger.payment;
import static io.ledgerline.receivables.Ledger.storedEvents;
import static io.ledgerline.receivables.Ledger.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
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
class PaymentReversalResourceTest {

    private static final String BOUNCED = "{\"reversedOn\":\"2013-01-28\",\"reason\":\"insufficient funds\"}";

    private static String path(String paymentId) {
        return "/api/v1/payments/" + paymentId + "/reversal";
    }

    @Nested
    class Reverse {

        @Test
        void every_invoice_the_payment_settled_gets_back_exactly_what_it_applied() {
            String customer = unique("C");
            String first = invoice(customer, "R-1", "2013-01-02", "100.00");
            String second = invoice(customer, "R-2", "2013-01-02", "50.00");
            payment(customer, "2013-01-05", "30.00", "R-1");
            String paymentId = as("erp-integration").body("""
                            {"externalId":"%s","customerId":"%s","receivedDate":"2013-01-10","currency":"USD","amount":"120.00",
                             "allocations":[{"invoiceNumber":"R-1","amount":"90.00"},{"invoiceNumber":"R-2","amount":"30.00"}]}"""
                            .formatted(unique("PAY"), customer))
                    .post("/api/v1/erp/payments").then().statusCode(201)
                    .body("applied[0].amount", equalTo("70.00")).body("applied[1].amount", equalTo("30.00"))
                    .extract().path("paymentId");

            as("finance").body(BOUNCED).post(path(paymentId)).then().statusCode(200).body("unapplied", hasSize(2));

            List<JsonNode> unapplied = eventsOfType(customer, "PaymentUnapplied", 2);
            assertThat(unapplied).extracting(e -> e.path("subject").asText() + "=" + e.path("data").path("amount").path("amount").asText())
                    .containsExactlyInAnyOrder(first + "=70.00", second + "=30.00");
            JsonNode reversed = eventsOfType(customer, "PaymentReversed", 1).get(0).path("data");
            assertThat(reversed.path("amount").path("amount").asText()).isEqualTo("120.00");
            assertThat(reversed.path("reason").asText()).isEqualTo("insufficient funds");

            // the prior balances are back: 70.00 open on R-1 (not 100.00), 50.00 on R-2
            as("erp-integration").body("""
                            {"externalId":"%s","customerId":"%s","receivedDate":"2013-02-01","currency":"USD","amount":"200.00",
                             "allocations":[{"invoiceNumber":"R-1","amount":"100.00"},{"invoiceNumber":"R-2","amount":"100.00"}]}"""
                            .formatted(unique("PAY"), customer))
                    .post("/api/v1/erp/payments").then().statusCode(201)
                    .body("applied[0].amount", equalTo("70.00")).body("applied[1].amount", equalTo("50.00"));
        }

        @Test
        void what_still_waited_for_an_invoice_is_dropped() throws Exception {
            String customer = unique("C");
            String paymentId = payment(customer, "2013-01-05", "30.00", "R-LATE");
            as("finance").body(BOUNCED).post(path(paymentId)).then().statusCode(200).body("unapplied", hasSize(0));
            assertThat(count("SELECT count(*) FROM waiting_for_invoice WHERE source_kind = 'PAYMENT' AND source_id = ?", paymentId)).isZero();

            String invoiceId = invoice(customer, "R-LATE", "2013-01-30", "50.00");
            events(customer, list -> !ofType(list, "InvoiceIssued").isEmpty());
            assertThat(storedEvents(invoiceId, "PaymentApplied")).isZero();
        }

        @Test
        void a_payment_is_reversed_once_and_the_second_attempt_stores_nothing() throws Exception {
            String customer = unique("C");
            invoice(customer, "R-3", "2013-01-02", "100.00");
            String paymentId = payment(customer, "2013-01-05", "30.00", "R-3");
            as("finance").body(BOUNCED).post(path(paymentId)).then().statusCode(200);
            long stored = storedEvents(paymentId);
            as("finance").body(BOUNCED).post(path(paymentId))
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/payment-already-reversed"));
            assertThat(storedEvents(paymentId)).isEqualTo(stored);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "bad date               | reversedOn | {\"reversedOn\":\"28.01.2013\",\"reason\":\"x\"}",
                "no date                | reversedOn | {\"reason\":\"x\"}",
                "before it was received | reversedOn | {\"reversedOn\":\"2013-01-04\",\"reason\":\"x\"}",
                "no reason              | reason     | {\"reversedOn\":\"2013-01-28\"}"})
        void bad_input_is_refused_with_the_field_and_nothing_is_stored(String rule, String field, String body) throws Exception {
            String paymentId = payment(unique("C"), "2013-01-05", "30.00", "R-4");
            as("finance").body(body).post(path(paymentId))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-field"))
                    .body("field", equalTo(field.strip()));
            assertThat(storedEvents(paymentId, "PaymentReversed")).isZero();
        }

        @Test
        void an_unknown_payment_is_not_found() {
            as("finance").body(BOUNCED).post(path("no-such-payment")).then().statusCode(404).contentType("application/problem+json");
        }

        @Test
        void without_a_token_nobody_reverses() {
            anonymous().body(BOUNCED).post(path("any")).then().statusCode(401);
        }

        @Test
        void collectors_cannot_reverse() {
            as("collector").body(BOUNCED).post(path("any")).then().statusCode(403);
        }
    }
}
