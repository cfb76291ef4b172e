package io.ledgerline.receivables.latefee;

import static io.ledgerline.receivables.Ledger.anonymous;
import static io.ledgerline.receivables.Ledger.as;
import static io.ledgerline.receivables.Ledger.eventsOfType;
import static io.ledgerline.receivables.Ledger.payment;
import static io.ledgerline.receivables.Ledger.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "receivables"))
class LateFeeResourceTest {

    private static final String RUNS = "/api/v1/late-fees/runs";

    /** 1000.00 USD signed 2013-01-02, all due 2013-02-01; 0.1 % a day after 5 days of grace, at most 10 %. */
    private static String invoiceWithClause(String customer, String number) {
        as("sales").body("""
                        {"externalId":"%s","contractNumber":"%s","customerId":"%s","signedOn":"2013-01-02","currency":"USD",
                         "amount":"1000.00","netDays":30,"lateFee":{"ratePerDay":"0.001","graceDays":5,"capPercent":"10"}}"""
                        .formatted(unique("EXT"), number, customer))
                .post("/api/v1/contracts").then().statusCode(201);
        return number + "-1";
    }

    private static List<Map<String, String>> postedFor(JsonPath answer, String customer) {
        return answer.<Map<String, String>>getList("fees").stream().filter(p -> customer.equals(p.get("customerId"))).toList();
    }

    @Test
    void a_run_posts_the_fee_accrued_per_clause_as_a_fee_item_once() {
        String customer = unique("C");
        String invoiceNumber = invoiceWithClause(customer, unique("K"));
        payment(customer, "2013-02-11", "600.00", invoiceNumber);

        JsonPath first = as("finance").body("{\"asOf\":\"2013-02-16\"}").post(RUNS).then().statusCode(200)
                .body("asOf", equalTo("2013-02-16")).extract().jsonPath();
        // 2013-02-07..10 on 1000.00 = 4.00, 2013-02-11..16 on 400.00 = 2.40
        assertThat(postedFor(first, customer)).singleElement().satisfies(fee -> {
            assertThat(fee.get("invoiceNumber")).isEqualTo(invoiceNumber);
            assertThat(fee.get("feeInvoiceNumber")).isEqualTo(invoiceNumber + "-LF20130216");
            assertThat(fee.get("amount")).isEqualTo("6.40");
            assertThat(fee.get("currency")).isEqualTo("USD");
        });

        JsonNode feeItem = eventsOfType(customer, "InvoiceIssued", 2).get(1).path("data");
        assertThat(feeItem.path("itemType").asText()).isEqualTo("LATE_FEE");
        assertThat(feeItem.path("feeForInvoiceId").asText()).isEqualTo(postedFor(first, customer).get(0).get("invoiceId"));
        assertThat(feeItem.path("invoiceNumber").asText()).isEqualTo(invoiceNumber + "-LF20130216");
        assertThat(feeItem.path("dueDate").asText()).isEqualTo("2013-02-16");
        assertThat(feeItem.path("amount").path("amount").asText()).isEqualTo("6.40");
        JsonNode charged = eventsOfType(customer, "LateFeeCharged", 1).get(0).path("data");
        assertThat(charged.path("accruedToDate").path("amount").asText()).isEqualTo("6.40");

        JsonPath again = as("ops").body("{\"asOf\":\"2013-02-16\"}").post(RUNS).then().statusCode(200).extract().jsonPath();
        assertThat(postedFor(again, customer)).isEmpty();
    }

    @Test
    void a_date_after_today_is_refused_and_a_bad_date_names_the_field() {
        as("finance").body("{\"asOf\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(2) + "\"}").post(RUNS)
                .then().statusCode(422).body("type", equalTo("https://ledgerline.io/problems/as-of-in-the-future"));
        as("finance").body("{\"asOf\":\"2013-02-30\"}").post(RUNS).then().statusCode(400).body("field", equalTo("asOf"));
    }

    @Test
    void only_finance_and_ops_run_late_fees() {
        as("collector").body("{}").post(RUNS).then().statusCode(403);
        anonymous().body("{}").post(RUNS).then().statusCode(401);
    }
}
