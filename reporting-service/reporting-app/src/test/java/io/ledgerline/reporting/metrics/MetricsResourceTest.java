package io.ledgerline.reporting.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link #CUSTOMER}, the only customer with these AUD invoices, published on the real topic and folded by the projection:
 * <ul>
 *   <li>0000000904: 300.00 issued 2018-10-01, due 2018-10-31, never paid (151 days past due on 2019-03-31);</li>
 *   <li>0000000901: 1000.00 issued 2019-01-10, due 2019-02-09; 600.00 paid 2019-02-20, 400.00 on 2019-03-15;</li>
 *   <li>0000000902: 500.00 issued 2019-02-05, due 2019-03-07; 200.00 paid 2019-03-10 (24 days late on 2019-03-31);</li>
 *   <li>0000000903: 2000.00 issued 2019-03-01, due 2019-03-31 (current on 2019-03-31).</li>
 * </ul>
 * March 2019 (31 days): receivables 1200.00 on 2019-02-28 (300 + 400 + 500), 2600.00 on 2019-03-31 (300 + 300 + 2000),
 * of which 2000.00 current, 600.00 overdue, 300.00 more than 90 days past due; sales 2000.00; collected 600.00.
 * DSO = 2600 / 2000 x 31 = 40.30; best possible = 2000 / 2000 x 31 = 31.00; ADD = 9.30;
 * CEI = (1200 + 2000 - 2600) / (1200 + 2000 - 2000) x 100 = 50.00; overdue ratio 600 / 2600 = 0.2308;
 * at-risk rate 300 / 2600 = 0.1154; countback: 2600 - 2000 (March, 31 days) = 600, - 500 (February, 28) = 100,
 * 100 / 1000 of January's 31 days = 3.10, so 62.10.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class MetricsResourceTest {

    private static final String CUSTOMER = "0901-METRC";
    private static final String LINES = "0923-PLINM";
    private static boolean folded;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void foldOnce() {
        if (folded) {
            return;
        }
        LedgerFacts ledger = new LedgerFacts(dataSource);
        ledger.issue(CUSTOMER, "0000000904", "300.00", "AUD", "2018-10-01", "2018-10-31");
        String first = ledger.issue(CUSTOMER, "0000000901", "1000.00", "AUD", "2019-01-10", "2019-02-09");
        ledger.pay(CUSTOMER, first, "600.00", "AUD", "2019-02-20");
        ledger.pay(CUSTOMER, first, "400.00", "AUD", "2019-03-15");
        String second = ledger.issue(CUSTOMER, "0000000902", "500.00", "AUD", "2019-02-05", "2019-03-07");
        ledger.pay(CUSTOMER, second, "200.00", "AUD", "2019-03-10");
        ledger.issue(CUSTOMER, "0000000903", "2000.00", "AUD", "2019-03-01", "2019-03-31");
        folded = true;
    }

    @Test
    void march_2019_against_the_hand_computed_figures() {
        Map<String, Object> march = row(metrics(Map.of("period", "month", "from", "2019-03", "to", "2019-03")), "2019-03");

        assertThat(march).containsEntry("start", "2019-03-01").containsEntry("end", "2019-03-31").containsEntry("days", 31)
                .containsEntry("salesInPeriod", "2000.00").containsEntry("receivablesAtStart", "1200.00")
                .containsEntry("receivablesAtEnd", "2600.00").containsEntry("currentAtEnd", "2000.00")
                .containsEntry("overdueAtEnd", "600.00").containsEntry("atRiskAtEnd", "300.00")
                .containsEntry("collected", "600.00")
                .containsEntry("dso", "40.30").containsEntry("countbackDso", "62.10").containsEntry("bestPossibleDso", "31.00")
                .containsEntry("averageDaysDelinquent", "9.30").containsEntry("collectionEffectivenessIndex", "50.00")
                .containsEntry("overdueRatio", "0.2308").containsEntry("atRiskRate", "0.1154");
    }

    /**
     * Q1 2019 (90 days): receivables 300.00 on 2018-12-31; sales 3500.00; collected 1200.00; DSO = 2600 / 3500 x 90 =
     * 66.857... = 66.86; best possible = 2000 / 3500 x 90 = 51.428... = 51.43; ADD 15.43;
     * CEI = (300 + 3500 - 2600) / (300 + 3500 - 2000) x 100 = 1200 / 1800 x 100 = 66.67.
     */
    @Test
    void a_quarter_adds_up_its_months_and_is_measured_from_the_day_before_it() {
        Map<String, Object> q1 = row(metrics(Map.of("period", "quarter", "from", "2019-02", "to", "2019-02")), "2019-Q1");

        assertThat(q1).containsEntry("days", 90).containsEntry("receivablesAtStart", "300.00")
                .containsEntry("salesInPeriod", "3500.00").containsEntry("collected", "1200.00")
                .containsEntry("dso", "66.86").containsEntry("bestPossibleDso", "51.43")
                .containsEntry("averageDaysDelinquent", "15.43").containsEntry("collectionEffectivenessIndex", "66.67")
                .containsEntry("countbackDso", "62.10");
    }

    /** February 2019 (28 days): nothing at risk with riskDays=200 (the oldest invoice is 120 days past due on 2019-02-28). */
    @Test
    void risk_days_move_the_at_risk_line_and_a_month_without_sales_has_no_dso() {
        JsonPath report = metrics(Map.of("from", "2018-12", "to", "2019-02", "riskDays", "200"));

        assertThat(report.getInt("riskDays")).isEqualTo(200);
        assertThat(row(report, "2019-02")).containsEntry("atRiskAtEnd", "0.00").containsEntry("atRiskRate", "0.0000")
                .containsEntry("receivablesAtEnd", "1200.00").containsEntry("salesInPeriod", "500.00");
        assertThat(row(report, "2018-12")).containsEntry("salesInPeriod", "0.00").containsEntry("dso", null)
                .containsEntry("receivablesAtEnd", "300.00");
    }

    @Test
    void groups_by_currency_without_adding_currencies() {
        JsonPath report = metrics(Map.of("from", "2019-03", "to", "2019-03", "groupBy", "currency"));

        List<Map<String, Object>> aud = report.getList("rows.findAll { it.key == 'AUD' }");
        assertThat(aud).singleElement().satisfies(r -> assertThat(r).containsEntry("currency", "AUD"));
        assertThat(report.getList("rows", Map.class)).allSatisfy(r -> assertThat(r.get("key")).isEqualTo(r.get("currency")));
    }

    /**
     * {@link #LINES}, the only customer with THB invoices, May 2020 (31 days): Valves 300.00 issued 2020-04-01, due
     * 2020-05-01, never paid; Valves 1000.00 issued 2020-05-04, due 2020-06-03, 400.00 paid 2020-05-20; Pumps 500.00
     * issued 2020-05-10, due 2020-05-25, never paid. Valves: receivables 300.00 on 2020-04-30, 900.00 on 2020-05-31
     * (600.00 current, 300.00 overdue), sales 1000.00, collected 400.00; DSO = 900 / 1000 x 31 = 27.90; best = 600 /
     * 1000 x 31 = 18.60; CEI = (300 + 1000 - 900) / (300 + 1000 - 600) x 100 = 57.14; overdue ratio 300 / 900 = 0.3333.
     * Pumps: sales 500.00, receivables 500.00 all overdue; DSO 31.00; CEI = (0 + 500 - 500) / (0 + 500 - 0) x 100 = 0.00.
     */
    @Test
    void groups_by_each_items_product_line() {
        LedgerFacts ledger = new LedgerFacts(dataSource);
        ledger.issue(LINES, "0000009301", "300.00", "THB", "2020-04-01", "2020-05-01", "Valves");
        String valves = ledger.issue(LINES, "0000009302", "1000.00", "THB", "2020-05-04", "2020-06-03", "Valves");
        ledger.pay(LINES, valves, "400.00", "THB", "2020-05-20");
        ledger.issue(LINES, "0000009303", "500.00", "THB", "2020-05-10", "2020-05-25", "Pumps");

        JsonPath report = metrics(Map.of("period", "month", "from", "2020-05", "to", "2020-05", "groupBy", "productLine"));
        assertThat(report.getString("groupBy")).isEqualTo("productLine");
        List<Map<String, Object>> thb = report.getList("rows.findAll { it.currency == 'THB' }");
        assertThat(thb).extracting(r -> r.get("key")).containsExactlyInAnyOrder("Valves", "Pumps");
        assertThat(thb).filteredOn(r -> r.get("key").equals("Valves")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("salesInPeriod", "1000.00").containsEntry("receivablesAtStart", "300.00")
                .containsEntry("receivablesAtEnd", "900.00").containsEntry("currentAtEnd", "600.00")
                .containsEntry("overdueAtEnd", "300.00").containsEntry("collected", "400.00")
                .containsEntry("dso", "27.90").containsEntry("bestPossibleDso", "18.60")
                .containsEntry("collectionEffectivenessIndex", "57.14").containsEntry("overdueRatio", "0.3333"));
        assertThat(thb).filteredOn(r -> r.get("key").equals("Pumps")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("salesInPeriod", "500.00").containsEntry("receivablesAtEnd", "500.00")
                .containsEntry("overdueAtEnd", "500.00").containsEntry("dso", "31.00")
                .containsEntry("collectionEffectivenessIndex", "0.00"));
    }

    @Test
    void refuses_bad_parameters_as_a_problem_naming_the_field() {
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("period", "week")
                .get("/api/v1/metrics").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://ledgerline.io/problems/invalid-parameter")).body("field", equalTo("period"));
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("from", "2019-3")
                .get("/api/v1/metrics").then().statusCode(400).body("field", equalTo("from"));
    }

    @Test
    void refuses_a_role_that_may_not_read_reports() {
        given().header("Authorization", TestTokens.bearer("erp-integration")).get("/api/v1/metrics").then().statusCode(403);
    }

    @Test
    void refuses_a_request_without_a_token() {
        given().get("/api/v1/metrics").then().statusCode(401);
    }

    private static JsonPath metrics(Map<String, String> parameters) {
        return given().header("Authorization", TestTokens.bearer("credit-manager")).queryParams(parameters)
                .get("/api/v1/metrics").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath report, String period) {
        List<Map<String, Object>> rows = report.getList("rows.findAll { it.key == '" + CUSTOMER + "' && it.period == '"
                + period + "' }");
        assertThat(rows).as("rows of %s in %s", CUSTOMER, period).hasSize(1);
        return rows.get(0);
    }
}
