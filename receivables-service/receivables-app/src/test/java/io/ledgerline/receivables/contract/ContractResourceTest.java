package io.ledgerline.receivables.contract;

import static io.ledgerline.receivables.Ledger.anonymous;
import static io.ledgerline.receivables.Ledger.as;
import static io.ledgerline.receivables.Ledger.count;
import static io.ledgerline.receivables.Ledger.eventsOfType;
import static io.ledgerline.receivables.Ledger.storedEvents;
import static io.ledgerline.receivables.Ledger.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "receivables"))
class ContractResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CONTRACTS = "/api/v1/contracts";
    private static final String RUNS = "/api/v1/contracts/schedule-runs";

    /** A contract of 1000.00 USD signed 2013-01-02, net 30, with {@code installments} (a JSON array or null). */
    static String contract(String externalId, String number, String customer, String installments) {
        return """
                {"externalId":"%s","contractNumber":"%s","customerId":"%s","signedOn":"2013-01-02","currency":"USD",
                 "amount":"1000.00","netDays":30,"installments":%s}""".formatted(externalId, number, customer, installments);
    }

    private static final String THREE = """
            [{"dueDate":"2013-02-01","percent":"40"},{"dueDate":"2013-03-01","percent":"30"},{"dueDate":"2013-04-01","percent":"30"}]""";

    @Nested
    class Sign {

        @Test
        void signing_issues_what_its_date_makes_due_and_a_run_the_rest_as_installment_invoices() {
            String customer = unique("C");
            String number = unique("K");
            String contractId = as("sales").body(contract(unique("EXT"), number, customer, THREE)).post(CONTRACTS)
                    .then().statusCode(201)
                    .body("installments.amount", org.hamcrest.Matchers.contains("400.00", "300.00", "300.00"))
                    .body("installments.invoiceNumber", org.hamcrest.Matchers.contains(equalTo(number + "-1"),
                            org.hamcrest.Matchers.nullValue(), org.hamcrest.Matchers.nullValue()))
                    .extract().path("contractId");
            as("finance").body("{\"asOf\":\"2013-03-02\"}").post(RUNS).then().statusCode(200)
                    .body("issued.findAll { it.contractId == '" + contractId + "' }.sequence", org.hamcrest.Matchers.contains(2, 3));

            assertThat(eventsOfType(customer, "InvoiceIssued", 3)).extracting(e -> e.path("data"))
                    .extracting(d -> d.path("invoiceNumber").asText() + " " + d.path("itemType").asText() + " "
                            + d.path("contractId").asText() + " " + d.path("issueDate").asText() + " " + d.path("dueDate").asText()
                            + " " + d.path("amount").path("amount").asText())
                    .containsExactly(
                            number + "-1 INSTALLMENT " + contractId + " 2013-01-02 2013-02-01 400.00",
                            number + "-2 INSTALLMENT " + contractId + " 2013-01-30 2013-03-01 300.00",
                            number + "-3 INSTALLMENT " + contractId + " 2013-03-02 2013-04-01 300.00");
            assertThat(eventsOfType(customer, "ContractSigned", 1)).hasSize(1);
            assertThat(eventsOfType(customer, "ContractInstallmentInvoiced", 3)).hasSize(3);
        }

        @Test
        void an_installment_due_later_waits_for_its_date() {
            String customer = unique("C");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String body = """
                    {"externalId":"%s","contractNumber":"%s","customerId":"%s","signedOn":"%s","currency":"EUR",
                     "amount":"100.00","netDays":10,"prepaymentShare":"20",
                     "installments":[{"dueDate":"%s","amount":"80.00"}]}"""
                    .formatted(unique("EXT"), unique("K"), customer, today.minusDays(1), today.plusDays(60));
            String contractId = as("finance").body(body).post(CONTRACTS).then().statusCode(201)
                    .body("installments[0].prepayment", equalTo(true))
                    .body("installments[0].amount", equalTo("20.00"))
                    .body("installments[1].invoiceOn", equalTo(today.plusDays(50).toString()))
                    .body("installments[1].invoiceId", nullValue())
                    .extract().path("contractId");
            as("ops").body("{}").post(RUNS).then().statusCode(200)
                    .body("asOf", equalTo(today.toString()))
                    .body("issued.contractId", not(hasItem(contractId)));
            as("collector").get(CONTRACTS + "/" + contractId).then().statusCode(200)
                    .body("installments[0].invoiceId", org.hamcrest.Matchers.notNullValue())
                    .body("installments[1].invoiceId", nullValue());
        }

        @Test
        void the_same_external_id_again_returns_the_first_answer_and_other_content_is_a_conflict() throws Exception {
            String customer = unique("C");
            String externalId = unique("EXT");
            String number = unique("K");
            String first = as("erp-integration").body(contract(externalId, number, customer, THREE)).post(CONTRACTS)
                    .then().statusCode(201).extract().asString();
            String again = as("erp-integration").body(contract(externalId, number, customer, THREE)).post(CONTRACTS)
                    .then().statusCode(200).extract().asString();
            assertThat(again).isEqualTo(first);
            as("erp-integration").body(contract(externalId, number, customer, null)).post(CONTRACTS)
                    .then().statusCode(409).body("field", equalTo("externalId"));
            // signed, and the one installment the signing date makes due
            assertThat(storedEvents(ContractResource.contractId(externalId))).isEqualTo(1 + 1);
        }

        @Test
        void a_contract_number_the_customer_already_has_is_a_conflict() {
            String customer = unique("C");
            String number = unique("K");
            as("sales").body(contract(unique("EXT"), number, customer, null)).post(CONTRACTS).then().statusCode(201);
            as("sales").body(contract(unique("EXT"), number, customer, null)).post(CONTRACTS)
                    .then().statusCode(409).body("type", equalTo("https://ledgerline.io/problems/duplicate-contract-number"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "percentages not 100 | installments           | [{\"dueDate\":\"2013-02-01\",\"percent\":\"40\"}]",
                "mixed kinds         | installments[1]        | [{\"dueDate\":\"2013-02-01\",\"percent\":\"40\"},{\"dueDate\":\"2013-03-01\",\"amount\":\"600.00\"}]",
                "amounts not total   | installments           | [{\"dueDate\":\"2013-02-01\",\"amount\":\"400.00\"}]",
                "due before signing  | installments[0].dueDate | [{\"dueDate\":\"2013-01-01\",\"percent\":\"100\"}]",
                "dates descending    | installments[1].dueDate | [{\"dueDate\":\"2013-03-01\",\"percent\":\"50\"},{\"dueDate\":\"2013-02-01\",\"percent\":\"50\"}]",
                "bad date            | installments[0].dueDate | [{\"dueDate\":\"soon\",\"percent\":\"100\"}]"})
        void bad_installments_are_refused_with_the_field_and_nothing_is_stored(String rule, String field, String installments)
                throws Exception {
            String externalId = unique("EXT");
            as("sales").body(contract(externalId, unique("K"), unique("C"), installments)).post(CONTRACTS)
                    .then().statusCode(400).contentType("application/problem+json").body("field", equalTo(field));
            assertThat(count("SELECT count(*) FROM contract WHERE external_id = ?", externalId)).isZero();
            assertThat(storedEvents(ContractResource.contractId(externalId))).isZero();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "zero amount       | amount              | \"amount\":\"0\"",
                "too many decimals | amount              | \"amount\":\"1.001\"",
                "unknown currency  | currency            | \"currency\":\"XYZ\"",
                "no net days       | netDays             | \"netDays\":null",
                "share above 100   | prepaymentShare     | \"prepaymentShare\":\"120\"",
                "cap above 100     | lateFee.capPercent  | \"lateFee\":{\"ratePerDay\":\"0.001\",\"graceDays\":5,\"capPercent\":\"150\"}",
                "no rate           | lateFee.ratePerDay  | \"lateFee\":{\"graceDays\":5,\"capPercent\":\"10\"}"})
        void bad_terms_are_refused_with_the_field(String rule, String field, String override) throws Exception {
            String externalId = unique("EXT");
            // The override replaces the field (a field named twice is itself refused as malformed JSON).
            ObjectNode body = (ObjectNode) JSON.readTree(contract(externalId, unique("K"), unique("C"), "null"));
            body.setAll((ObjectNode) JSON.readTree("{" + override + "}"));
            as("sales").body(body.toString()).post(CONTRACTS).then().statusCode(400).body("field", equalTo(field));
            assertThat(count("SELECT count(*) FROM contract WHERE external_id = ?", externalId)).isZero();
        }

        @Test
        void only_finance_sales_and_the_erp_sign_contracts() {
            String body = contract(unique("EXT"), unique("K"), unique("C"), null);
            as("collector").body(body).post(CONTRACTS).then().statusCode(403);
            anonymous().body(body).post(CONTRACTS).then().statusCode(401);
        }
    }

    @Nested
    class Read {

        @Test
        void an_unknown_contract_is_not_found() {
            as("credit-analyst").get(CONTRACTS + "/no-such-contract").then().statusCode(404);
        }

        @Test
        void ops_may_not_read_contracts_and_strangers_not_at_all() {
            as("ops").get(CONTRACTS + "/no-such-contract").then().statusCode(403);
            anonymous().get(CONTRACTS + "/no-such-contract").then().statusCode(401);
        }
    }

    @Nested
    class ScheduleRun {

        @Test
        void a_run_issues_nothing_twice() {
            String customer = unique("C");
            String contractId = as("sales").body(contract(unique("EXT"), unique("K"), customer, THREE)).post(CONTRACTS)
                    .then().statusCode(201).extract().path("contractId");
            as("finance").body("{\"asOf\":\"2013-12-31\"}").post(RUNS).then().statusCode(200)
                    .body("asOf", equalTo("2013-12-31"))
                    .body("issued.contractId", hasItem(contractId));
            as("finance").body("{\"asOf\":\"2013-12-31\"}").post(RUNS).then().statusCode(200)
                    .body("issued.contractId", not(hasItem(contractId)));
            JsonNode signed = eventsOfType(customer, "ContractInstallmentInvoiced", 3).get(0);
            assertThat(signed.path("subject").asText()).isEqualTo(contractId);
        }

        @Test
        void a_date_after_today_is_refused() {
            as("finance").body("{\"asOf\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(2) + "\"}").post(RUNS)
                    .then().statusCode(422).body("type", equalTo("https://ledgerline.io/problems/as-of-in-the-future"));
            as("finance").body("{\"asOf\":\"tomorrow\"}").post(RUNS).then().statusCode(400).body("field", equalTo("asOf"));
        }

        @Test
        void only_finance_and_ops_run_schedules() {
            as("sales").body("{}").post(RUNS).then().statusCode(403);
            anonymous().body("{}").post(RUNS).then().statusCode(401);
        }
    }
}
