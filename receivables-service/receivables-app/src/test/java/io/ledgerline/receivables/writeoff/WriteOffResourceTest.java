package io.ledgerline.receivables.writeoff;

import static io.ledgerline.receivables.Ledger.anonymous;
import static io.ledgerline.receivables.Ledger.as;
import static io.ledgerline.receivables.Ledger.events;
import static io.ledgerline.receivables.Ledger.eventsOfType;
import static io.ledgerline.receivables.Ledger.invoice;
import static io.ledgerline.receivables.Ledger.ofType;
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
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "receivables"))
class WriteOffResourceTest {

    private static String path(String invoiceId) {
        return "/api/v1/invoices/" + invoiceId + "/write-off";
    }

    @Nested
    class ByFinance {

        @Test
        void finance_writes_off_part_of_an_invoice_and_is_recorded_as_the_one_who_did() {
            String customer = unique("C");
            String invoiceId = invoice(customer, "W-1", "2013-01-02", "100.00");
            as("finance").body("{\"amount\":\"12.5\",\"reason\":\"goodwill\"}").post(path(invoiceId))
                    .then().statusCode(200).body("amount", equalTo("12.50")).body("writtenOffBy", equalTo("finance-user"));

            JsonNode writtenOff = eventsOfType(customer, "InvoiceWrittenOff", 1).get(0).path("data");
            assertThat(writtenOff.path("amount").path("amount").asText()).isEqualTo("12.50");
            assertThat(writtenOff.path("automatic").asBoolean()).isFalse();
            assertThat(writtenOff.path("writtenOffBy").asText()).isEqualTo("finance-user");
            assertThat(writtenOff.path("reason").asText()).isEqualTo("goodwill");
        }

        @Test
        void without_an_amount_everything_open_is_written_off() {
            String customer = unique("C");
            String invoiceId = invoice(customer, "W-2", "2013-01-02", "100.00");
            payment(customer, "2013-01-10", "30.00", "W-2");
            as("finance").body("{\"reason\":\"customer insolvent\"}").post(path(invoiceId))
                    .then().statusCode(200).body("amount", equalTo("70.00"));
            as("finance").body("{\"reason\":\"again\"}").post(path(invoiceId))
                    .then().statusCode(422).body("type", equalTo("https://ledgerline.io/problems/nothing-open"));
        }

        @Test
        void never_more_than_is_open_and_nothing_is_stored() throws Exception {
            String customer = unique("C");
            String invoiceId = invoice(customer, "W-3", "2013-01-02", "100.00");
            as("finance").body("{\"amount\":\"100.01\",\"reason\":\"goodwill\"}").post(path(invoiceId))
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/write-off-exceeds-open-amount"))
                    .body("field", equalTo("amount"));
            assertThat(storedEvents(invoiceId, "InvoiceWrittenOff")).isZero();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "negative amount   | amount | {\"amount\":\"-1\",\"reason\":\"x\"}",
                "not a number      | amount | {\"amount\":\"ten\",\"reason\":\"x\"}",
                "too many decimals | amount | {\"amount\":\"1.005\",\"reason\":\"x\"}",
                "no reason         | reason | {\"amount\":\"1.00\"}"})
        void bad_input_is_refused_with_the_field_and_nothing_is_stored(String rule, String field, String body) throws Exception {
            String invoiceId = invoice(unique("C"), "W-4", "2013-01-02", "100.00");
            as("finance").body(body).post(path(invoiceId))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://ledgerline.io/problems/invalid-field"))
                    .body("field", equalTo(field.strip()));
            assertThat(storedEvents(invoiceId, "InvoiceWrittenOff")).isZero();
        }

        @Test
        void an_unknown_invoice_is_not_found() {
            as("finance").body("{\"reason\":\"x\"}").post(path("no-such-invoice"))
                    .then().statusCode(404).contentType("application/problem+json");
        }

        @Test
        void without_a_token_nobody_writes_off() {
            anonymous().body("{\"reason\":\"x\"}").post(path("any")).then().statusCode(401);
        }

        @Test
        void collectors_cannot_write_off() {
            as("collector").body("{\"reason\":\"x\"}").post(path("any")).then().statusCode(403);
        }
    }

    @Nested
    class Automatically {

        @Test
        void a_residual_at_or_below_the_tolerance_is_written_off_by_the_system() throws Exception {
            String customer = unique("C");
            invoice(customer, "T-1", "2013-01-02", "100.00");
            invoice(customer, "T-2", "2013-01-02", "100.00");
            String aboveTolerance = invoice(customer, "T-3", "2013-01-02", "100.00");
            payment(customer, "2013-01-10", "99.50", "T-1");
            payment(customer, "2013-01-10", "99.00", "T-2");
            payment(customer, "2013-01-10", "98.99", "T-3");

            List<JsonNode> all = events(customer, list -> ofType(list, "PaymentApplied").size() == 3
                    && ofType(list, "InvoiceWrittenOff").size() >= 2);
            List<JsonNode> writtenOff = ofType(all, "InvoiceWrittenOff");
            assertThat(writtenOff).extracting(e -> e.path("data").path("invoiceNumber").asText()).containsExactly("T-1", "T-2");
            assertThat(writtenOff).extracting(e -> e.path("data").path("amount").path("amount").asText()).containsExactly("0.50", "1.00");
            assertThat(writtenOff).allSatisfy(e -> {
                assertThat(e.path("data").path("automatic").asBoolean()).isTrue();
                assertThat(e.path("data").path("writtenOffBy").asText()).isEqualTo("system");
                assertThat(e.path("data").path("reason").asText()).isEqualTo("residual below tolerance");
                assertThat(e.path("data").path("writtenOffOn").asText()).isEqualTo("2013-01-10");
            });
            assertThat(storedEvents(aboveTolerance, "InvoiceWrittenOff")).isZero();
        }
    }
}
