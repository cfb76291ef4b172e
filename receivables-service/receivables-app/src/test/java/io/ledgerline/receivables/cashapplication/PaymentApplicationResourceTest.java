package io.ledgerline.receivables.cashapplication;

import static io.ledgerline.receivables.Ledger.anonymous;
import static io.ledgerline.receivables.Ledger.as;
import static io.ledgerline.receivables.Ledger.invoice;
import static io.ledgerline.receivables.Ledger.payment;
import static io.ledgerline.receivables.Ledger.storedEvents;
import static io.ledgerline.receivables.Ledger.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
class PaymentApplicationResourceTest {

    private static String unapplication(String invoiceNumber) {
        return "{\"invoiceNumber\":\"%s\",\"unappliedOn\":\"2013-01-25\",\"reason\":\"wrong invoice\"}".formatted(invoiceNumber);
    }

    private static String application(String invoiceNumber, String amount) {
        return "{\"invoiceNumber\":\"%s\",\"amount\":\"%s\",\"appliedOn\":\"2013-01-26\"}".formatted(invoiceNumber, amount);
    }

    @Nested
    class Unapply {

        @Test
        void the_cash_a_payment_applied_to_an_invoice_becomes_unapplied_cash_again() throws Exception {
            String customer = unique("C");
            String invoiceId = invoice(customer, "U-1", "2013-01-02", "100.00");
            String paymentId = payment(customer, "2013-01-10", "60.00", "U-1");
            as("finance").body(unapplication("U-1")).post("/api/v1/payments/{id}/unapplications", paymentId)
                    .then().statusCode(200)
                    .body("invoiceId", equalTo(invoiceId)).body("unapplied", equalTo("60.00")).body("unappliedCash", equalTo("60.00"));
            assertThat(storedEvents(invoiceId, "PaymentUnapplied")).isEqualTo(1);
            as("finance").get("/api/v1/customers/{id}/balance", customer).then()
                    .body("currencies[0].openItems", equalTo("100.00")).body("currencies[0].unappliedCash", equalTo("60.00"));
        }

        @Test
        void nothing_applied_to_that_invoice_is_refused_and_nothing_is_stored() throws Exception {
            String customer = unique("C");
            invoice(customer, "U-1", "2013-01-02", "100.00");
            String other = invoice(customer, "U-2", "2013-01-02", "100.00");
            String paymentId = payment(customer, "2013-01-10", "60.00", "U-1");
            as("finance").body(unapplication("U-2")).post("/api/v1/payments/{id}/unapplications", paymentId)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/nothing-applied"));
            assertThat(storedEvents(other, "PaymentUnapplied")).isZero();
        }

        @Test
        void an_unknown_payment_or_invoice_is_404() {
            String customer = unique("C");
            invoice(customer, "U-1", "2013-01-02", "100.00");
            String paymentId = payment(customer, "2013-01-10", "60.00", "U-1");
            as("finance").body(unapplication("U-1")).post("/api/v1/payments/{id}/unapplications", "no-such-payment").then().statusCode(404);
            as("finance").body(unapplication("NOPE")).post("/api/v1/payments/{id}/unapplications", paymentId).then().statusCode(404);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "no number | invoiceNumber | {\"unappliedOn\":\"2013-01-25\",\"reason\":\"x\"}",
                "bad date  | unappliedOn   | {\"invoiceNumber\":\"U-1\",\"unappliedOn\":\"25.01.2013\",\"reason\":\"x\"}",
                "no reason | reason        | {\"invoiceNumber\":\"U-1\",\"unappliedOn\":\"2013-01-25\"}"})
        void bad_input_is_400_with_the_field(String rule, String field, String body) {
            as("finance").body(body).post("/api/v1/payments/{id}/unapplications", "any")
                    .then().statusCode(400).body("field", equalTo(field.strip()));
        }

        @Test
        void only_finance_unapplies() {
            as("collector").body(unapplication("U-1")).post("/api/v1/payments/{id}/unapplications", "any").then().statusCode(403);
            anonymous().body(unapplication("U-1")).post("/api/v1/payments/{id}/unapplications", "any").then().statusCode(401);
        }
    }

    @Nested
    class Apply {

        @Test
        void unapplied_cash_is_applied_by_hand_with_method_manual() throws Exception {
            String customer = unique("C");
            invoice(customer, "M-1", "2013-01-02", "100.00");
            String target = invoice(customer, "M-2", "2013-01-02", "80.00");
            String paymentId = payment(customer, "2013-01-10", "60.00", "M-1");
            as("finance").body(unapplication("M-1")).post("/api/v1/payments/{id}/unapplications", paymentId).then().statusCode(200);

            as("finance").body(application("M-2", "45.00")).post("/api/v1/payments/{id}/applications", paymentId)
                    .then().statusCode(200)
                    .body("invoiceId", equalTo(target)).body("applied", equalTo("45.00")).body("method", equalTo("MANUAL"))
                    .body("appliedOn", equalTo("2013-01-26")).body("unappliedCash", equalTo("15.00"));
            assertThat(AutoMatchTest.applied(target, "MANUAL")).isEqualTo(1);
        }

        @Test
        void more_than_the_payments_unapplied_cash_is_refused_and_nothing_is_stored() throws Exception {
            String customer = unique("C");
            invoice(customer, "M-1", "2013-01-02", "100.00");
            String target = invoice(customer, "M-2", "2013-01-02", "80.00");
            String paymentId = payment(customer, "2013-01-10", "60.00", "M-1");
            as("finance").body(application("M-2", "0.01")).post("/api/v1/payments/{id}/applications", paymentId)
                    .then().statusCode(422).body("type", equalTo("https://ledgerline.io/problems/application-exceeds-unapplied-cash"));
            assertThat(storedEvents(target)).isEqualTo(1);
        }

        @Test
        void more_than_the_invoice_has_open_is_refused_and_nothing_is_stored() throws Exception {
            String customer = unique("C");
            invoice(customer, "M-1", "2013-01-02", "10.00");
            String target = invoice(customer, "M-2", "2013-01-02", "20.00");
            String paymentId = payment(customer, "2013-01-10", "60.00", "M-1");
            as("finance").body(application("M-2", "30.00")).post("/api/v1/payments/{id}/applications", paymentId)
                    .then().statusCode(422).body("type", equalTo("https://ledgerline.io/problems/application-exceeds-open-amount"));
            assertThat(storedEvents(target)).isEqualTo(1);
        }

        @Test
        void a_reversed_payment_has_no_cash_to_apply() throws Exception {
            String customer = unique("C");
            String target = invoice(customer, "M-2", "2013-01-02", "80.00");
            String paymentId = payment(customer, "2013-01-10", "60.00", "NOT-YET");
            as("finance").body("{\"reversedOn\":\"2013-01-20\",\"reason\":\"bounced\"}")
                    .post("/api/v1/payments/{id}/reversal", paymentId).then().statusCode(200);
            as("finance").body(application("M-2", "10.00")).post("/api/v1/payments/{id}/applications", paymentId)
                    .then().statusCode(422).body("type", equalTo("https://ledgerline.io/problems/payment-reversed"));
            assertThat(storedEvents(target)).isEqualTo(1);
        }

        @Test
        void an_invoice_in_another_currency_is_refused() throws Exception {
            String customer = unique("C");
            String euro = AutoMatchTest.invoice(customer, "E-1", "2013-02-01", "EUR", "50.00");
            String paymentId = payment(customer, "2013-01-10", "60.00", "NOT-YET");
            as("finance").body(application("E-1", "10.00")).post("/api/v1/payments/{id}/applications", paymentId)
                    .then().statusCode(422).body("type", equalTo("https://ledgerline.io/problems/currency-mismatch"));
            assertThat(storedEvents(euro)).isEqualTo(1);
        }

        @Test
        void an_unknown_payment_or_invoice_is_404() {
            String customer = unique("C");
            String paymentId = payment(customer, "2013-01-10", "60.00", "NOT-YET");
            as("finance").body(application("NOPE", "1.00")).post("/api/v1/payments/{id}/applications", paymentId).then().statusCode(404);
            as("finance").body(application("NOPE", "1.00")).post("/api/v1/payments/{id}/applications", "no-such-payment").then().statusCode(404);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "negative amount | amount    | {\"invoiceNumber\":\"M-1\",\"amount\":\"-1\",\"appliedOn\":\"2013-01-26\"}",
                "no amount       | amount    | {\"invoiceNumber\":\"M-1\",\"appliedOn\":\"2013-01-26\"}",
                "no date         | appliedOn | {\"invoiceNumber\":\"M-1\",\"amount\":\"1.00\"}",
                "no number       | invoiceNumber | {\"amount\":\"1.00\",\"appliedOn\":\"2013-01-26\"}"})
        void bad_input_is_400_with_the_field(String rule, String field, String body) {
            as("finance").body(body).post("/api/v1/payments/{id}/applications", "any")
                    .then().statusCode(400).body("field", equalTo(field.strip()));
        }

        @Test
        void a_date_before_the_payment_was_received_is_refused() {
            String customer = unique("C");
            invoice(customer, "M-2", "2013-01-02", "80.00");
            String paymentId = payment(customer, "2013-01-30", "60.00", "NOT-YET");
            as("finance").body(application("M-2", "10.00")).post("/api/v1/payments/{id}/applications", paymentId)
                    .then().statusCode(400).body("field", equalTo("appliedOn"));
        }

        @Test
        void only_finance_applies_by_hand() {
            as("sales").body(application("M-1", "1.00")).post("/api/v1/payments/{id}/applications", "any").then().statusCode(403);
            anonymous().body(application("M-1", "1.00")).post("/api/v1/payments/{id}/applications", "any").then().statusCode(401);
        }
    }
}
