package io.ledgerline.credit.receivables;

import static io.ledgerline.credit.CreditApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.ledgerline.credit.CreditApi;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Trading history and payment behaviour scored from credit-service's projection of the receivables ledger. */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class ReceivablesAssessmentTest {

    private static String unique() {
        return "RA-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String factor(String id, String path) {
        return "contributions.find { it.factor == '" + id + "' }." + path;
    }

    @BeforeEach
    void theDefaultScorecardIsCurrent() {
        CreditApi.defaultScorecardIsCurrent();
        CreditApi.defaultPolicyIsCurrent();
    }

    @Test
    void the_steady_payers_history_and_behaviour_are_scored_with_their_inputs() {
        // months 26 -> 70 x 5, invoices 7 -> 70 x 4, volume 116000 CNY -> 50 x 5, 15.00 days late -> 50 x 10,
        // 50.00% on time -> 40 x 8, 2 overdue -> 70 x 5, oldest 104 days -> 0 x 5, 1 write-off -> 40 x 5: 2250 over weight 47;
        // company basics, Altman and reputation unknown: 53 x 50 = 2650; (2250 + 2650) / 100 = 49
        String id = unique();
        new ReceivablesEvents(id).steadyPayerHistory();
        as("credit-analyst").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201)
                .body("score", equalTo(49)).body("grade", equalTo("D")).body("coverage", equalTo("47.00"))
                .body("missingData", hasSize(5))
                .body("missingData.factor", not(hasItems("months-of-relationship")))
                .body(factor("months-of-relationship", "points"), equalTo(70))
                .body(factor("months-of-relationship", "contribution"), equalTo("3.50"))
                .body(factor("months-of-relationship", "inputs.monthsOfRelationship"), equalTo("26"))
                .body(factor("invoices-last-12-months", "inputs.invoicesLast12Months"), equalTo("7"))
                .body(factor("invoices-last-12-months", "contribution"), equalTo("2.80"))
                .body(factor("volume-last-12-months", "inputs.volumeLast12Months"), equalTo("116000 CNY"))
                .body(factor("volume-last-12-months", "points"), equalTo(50))
                .body(factor("average-days-late", "inputs.averageDaysLate"), equalTo("15.00"))
                .body(factor("average-days-late", "contribution"), equalTo("5.00"))
                .body(factor("share-paid-on-time", "inputs.percentPaidOnTime"), equalTo("50.00"))
                .body(factor("share-paid-on-time", "points"), equalTo(40))
                .body(factor("overdue-invoices", "inputs.overdueInvoices"), equalTo("2"))
                .body(factor("overdue-invoices", "points"), equalTo(70))
                .body(factor("oldest-overdue-age", "inputs.oldestOverdueDays"), equalTo("104"))
                .body(factor("oldest-overdue-age", "contribution"), equalTo("0.00"))
                .body(factor("write-offs", "inputs.writeOffsLast24Months"), equalTo("1"))
                .body(factor("write-offs", "points"), equalTo(40));
    }

    @Test
    void a_customer_who_paid_nothing_in_12_months_misses_only_the_averages() {
        // one invoice due 2011-12-31, never paid: months 15 -> 70 x 5, invoices 0 -> 0 x 4, volume 0 -> 20 x 5,
        // 1 overdue -> 70 x 5, 440 days -> 0 x 5, no write-off -> 100 x 5: 1300 over weight 29; 71 x 50 = 3550; 48.50 -> 49
        String id = unique();
        new ReceivablesEvents(id).invoice("40000.00", "CNY", "2011-12-01", "2011-12-31");
        as("credit-manager").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201)
                .body("score", equalTo(49)).body("coverage", equalTo("29.00")).body("missingData", hasSize(7))
                .body("missingData.find { it.factor == 'average-days-late' }.reason",
                        equalTo("no invoice of the customer was paid in the last 12 months"))
                .body("missingData.find { it.factor == 'share-paid-on-time' }.reason",
                        equalTo("no invoice of the customer was paid in the last 12 months"))
                .body(factor("oldest-overdue-age", "inputs.oldestOverdueDays"), equalTo("440"))
                .body(factor("volume-last-12-months", "inputs.volumeLast12Months"), equalTo("0 CNY"))
                .body(factor("invoices-last-12-months", "points"), equalTo(0));
    }

    @Test
    void volume_in_another_currency_is_listed_missing_not_converted() {
        String id = unique();
        new ReceivablesEvents(id).invoice("8000.00", "USD", "2012-11-01", "2012-12-01");
        as("credit-analyst").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201)
                .body("missingData.find { it.factor == 'volume-last-12-months' }.reason",
                        equalTo("volume is in USD, the scorecard's bands in CNY and no rate is stated"))
                .body(factor("invoices-last-12-months", "inputs.invoicesLast12Months"), equalTo("1"));
    }
}
