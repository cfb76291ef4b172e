package io.ledgerline.reporting.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.reporting.metrics.LedgerFacts;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The only SEK facts of 2016, published on the real topics and folded by the projections.
 *
 * <p>Customers: 1601-PERFA of perf.anna, 1602-PERFB of perf.bo, 1603-PERFC of perf.cai. Team perf-north is defined
 * on 2016-01-01 with perf.anna and perf.cai and redefined on 2016-02-01 with perf.anna and perf.bo (then an older
 * definition arrives late and changes nothing), so perf.cai is in no team now.
 * <ul>
 *   <li>A1 (perf.anna) 10000.00 issued 2016-01-05, due 2016-02-04; 6000.00 paid 2016-02-10, 4000.00 on 2016-03-20;</li>
 *   <li>A2 (perf.anna) 5000.00 issued 2016-03-01, due 2016-03-31 (current on 2016-03-31);</li>
 *   <li>B1 (perf.bo) 8000.00 issued 2016-02-01, due 2016-03-02; 3000.00 paid 2016-03-15 (5000.00 overdue on 2016-03-31);</li>
 *   <li>K1 (perf.cai) 2000.00 issued 2016-03-10, due 2016-04-09; paid in full 2016-03-25.</li>
 * </ul>
 * March 2016 (31 days), by owner: perf.anna sold 5000.00, collected 4000.00, holds 5000.00 (none overdue): ratio
 * 0.0000, DSO 5000 / 5000 x 31 = 31.00; perf.bo sold nothing, collected 3000.00, holds 5000.00 all overdue: ratio
 * 1.0000, DSO null; perf.cai sold 2000.00, collected 2000.00, holds nothing: ratio null, DSO 0.00.
 * Team perf-north (perf.anna + perf.bo): sold 5000.00, collected 7000.00, holds 10000.00 of which 5000.00 overdue:
 * ratio 0.5000, DSO 10000 / 5000 x 31 = 62.00.
 * Q1 2016 (91 days): perf.anna sold 15000.00, collected 10000.00, DSO 5000 / 15000 x 91 = 30.33; perf.bo sold 8000.00,
 * collected 3000.00, DSO 5000 / 8000 x 91 = 56.875 = 56.88 (half even); perf-north sold 23000.00, collected 13000.00,
 * holds 10000.00, DSO 10000 / 23000 x 91 = 39.565... = 39.57, ratio 0.5000.
 * Targets (SEK unless said): March perf.anna 6000.00 then replaced by 5000.00 (max ratio 0.1, max DSO 30; the 6000.00
 * arrives again late and changes nothing): attainment 4000 / 5000 = 0.8000, ratio met, DSO 31.00 not; March perf.bo
 * 4000.00 (max ratio 0.5): 0.7500, ratio 1.0000 not met, no DSO limit; March perf.dan 1000.00 with nothing to measure:
 * 0.0000; March perf-north 8000.00 (0.6, 60): 7000 / 8000 = 0.8750, ratio met, DSO 62.00 not; Q1 perf-north 12000.00
 * (0.5, 40): 13000 / 12000 = 1.0833, ratio 0.5000 met at the limit, DSO 39.57 met; Q1 perf.anna in EUR: not a SEK target.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class CollectionPerformanceResourceTest {

    private static final String ANNA = "perf.anna";
    private static final String BO = "perf.bo";
    private static final String CAI = "perf.cai";
    private static final String DAN = "perf.dan";
    private static final String TEAM = "perf-north";
    private static boolean folded;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void foldOnce() {
        if (folded) {
            return;
        }
        SalesFacts sales = new SalesFacts(dataSource);
        sales.register("1601-PERFA", ANNA);
        sales.register("1602-PERFB", BO);
        sales.register("1603-PERFC", CAI);
        sales.defineTeam(TEAM, "Perf north", 0, "2016-01-01T08:00:00Z", ANNA, CAI);
        sales.defineTeam(TEAM, "Perf north", 1, "2016-02-01T08:00:00Z", ANNA, BO);
        sales.defineTeam(TEAM, "Perf north (old)", 0, "2016-01-01T08:00:00Z", ANNA, CAI);
        sales.setTarget("2016-03", "sales-owner", ANNA, "SEK", "6000.00", "0.1", "30", 0);
        sales.setTarget("2016-03", "sales-owner", ANNA, "SEK", "5000.00", "0.1", "30", 1);
        sales.setTarget("2016-03", "sales-owner", ANNA, "SEK", "6000.00", "0.1", "30", 0);
        sales.setTarget("2016-03", "sales-owner", BO, "SEK", "4000.00", "0.5", null, 0);
        sales.setTarget("2016-03", "sales-owner", DAN, "SEK", "1000.00", null, null, 0);
        sales.setTarget("2016-03", "team", TEAM, "SEK", "8000.00", "0.6", "60", 0);
        sales.setTarget("2016-Q1", "team", TEAM, "SEK", "12000.00", "0.5", "40", 0);
        sales.setTarget("2016-Q1", "sales-owner", ANNA, "EUR", "9000.00", null, null, 0);

        LedgerFacts ledger = new LedgerFacts(dataSource);
        String a1 = ledger.issue("1601-PERFA", "0000016011", "10000.00", "SEK", "2016-01-05", "2016-02-04");
        ledger.pay("1601-PERFA", a1, "6000.00", "SEK", "2016-02-10");
        ledger.pay("1601-PERFA", a1, "4000.00", "SEK", "2016-03-20");
        ledger.issue("1601-PERFA", "0000016012", "5000.00", "SEK", "2016-03-01", "2016-03-31");
        String b1 = ledger.issue("1602-PERFB", "0000016021", "8000.00", "SEK", "2016-02-01", "2016-03-02");
        ledger.pay("1602-PERFB", b1, "3000.00", "SEK", "2016-03-15");
        String k1 = ledger.issue("1603-PERFC", "0000016031", "2000.00", "SEK", "2016-03-10", "2016-04-09");
        ledger.pay("1603-PERFC", k1, "2000.00", "SEK", "2016-03-25");
        folded = true;
    }

    @Test
    void march_2016_by_sales_owner_against_the_hand_computed_figures_and_targets() {
        JsonPath report = performance(Map.of("period", "month", "from", "2016-03", "to", "2016-03", "groupBy", "salesOwner",
                "currency", "SEK"));
        assertThat(report.getString("groupBy")).isEqualTo("salesOwner");
        assertThat(report.getString("currency")).isEqualTo("SEK");

        Map<String, Object> anna = row(report, "2016-03", ANNA);
        assertThat(anna).containsEntry("start", "2016-03-01").containsEntry("end", "2016-03-31").containsEntry("days", 31)
                .containsEntry("salesInPeriod", "5000.00").containsEntry("collected", "4000.00")
                .containsEntry("receivablesAtEnd", "5000.00").containsEntry("overdueAtEnd", "0.00")
                .containsEntry("overdueRatio", "0.0000").containsEntry("dso", "31.00")
                .containsEntry("team", Map.of("teamId", TEAM, "name", "Perf north"));
        assertThat(target(anna)).containsEntry("targetId", "2016-03/sales-owner/perf.anna").containsEntry("collect", "5000.00")
                .containsEntry("maxOverdueRatio", "0.1").containsEntry("maxDso", "30").containsEntry("setBy", "finance-user")
                .containsEntry("attainment", "0.8000").containsEntry("overdueRatioMet", true).containsEntry("dsoMet", false);

        Map<String, Object> bo = row(report, "2016-03", BO);
        assertThat(bo).containsEntry("salesInPeriod", "0.00").containsEntry("collected", "3000.00")
                .containsEntry("receivablesAtEnd", "5000.00").containsEntry("overdueAtEnd", "5000.00")
                .containsEntry("overdueRatio", "1.0000").containsEntry("dso", null);
        assertThat(target(bo)).containsEntry("collect", "4000.00").containsEntry("maxDso", null)
                .containsEntry("attainment", "0.7500").containsEntry("overdueRatioMet", false).containsEntry("dsoMet", null);

        Map<String, Object> cai = row(report, "2016-03", CAI);
        assertThat(cai).containsEntry("salesInPeriod", "2000.00").containsEntry("collected", "2000.00")
                .containsEntry("receivablesAtEnd", "0.00").containsEntry("overdueRatio", null).containsEntry("dso", "0.00")
                .containsEntry("team", null).containsEntry("target", null);

        Map<String, Object> dan = row(report, "2016-03", DAN);
        assertThat(dan).containsEntry("salesInPeriod", "0.00").containsEntry("collected", "0.00")
                .containsEntry("receivablesAtEnd", "0.00").containsEntry("overdueRatio", null).containsEntry("dso", null);
        assertThat(target(dan)).containsEntry("attainment", "0.0000").containsEntry("overdueRatioMet", null)
                .containsEntry("dsoMet", null);
    }

    @Test
    void a_team_adds_up_its_current_members_and_is_measured_against_its_own_target() {
        JsonPath march = performance(Map.of("from", "2016-03", "to", "2016-03", "groupBy", "team", "currency", "SEK"));
        Map<String, Object> team = row(march, "2016-03", TEAM);
        assertThat(team).containsEntry("team", Map.of("teamId", TEAM, "name", "Perf north"))
                .containsEntry("salesInPeriod", "5000.00").containsEntry("collected", "7000.00")
                .containsEntry("receivablesAtEnd", "10000.00").containsEntry("overdueAtEnd", "5000.00")
                .containsEntry("overdueRatio", "0.5000").containsEntry("dso", "62.00");
        assertThat(target(team)).containsEntry("targetId", "2016-03/team/perf-north").containsEntry("collect", "8000.00")
                .containsEntry("attainment", "0.8750").containsEntry("overdueRatioMet", true).containsEntry("dsoMet", false);
        assertThat(rows(march, "2016-03", ANNA)).as("owners are not rows of a team report").isEmpty();

        JsonPath q1 = performance(Map.of("period", "quarter", "from", "2016-01", "to", "2016-03", "groupBy", "team",
                "currency", "SEK"));
        Map<String, Object> quarter = row(q1, "2016-Q1", TEAM);
        assertThat(quarter).containsEntry("start", "2016-01-01").containsEntry("end", "2016-03-31").containsEntry("days", 91)
                .containsEntry("salesInPeriod", "23000.00").containsEntry("collected", "13000.00")
                .containsEntry("receivablesAtEnd", "10000.00").containsEntry("overdueRatio", "0.5000")
                .containsEntry("dso", "39.57");
        assertThat(target(quarter)).containsEntry("collect", "12000.00").containsEntry("attainment", "1.0833")
                .containsEntry("overdueRatioMet", true).containsEntry("dsoMet", true);
    }

    @Test
    void a_quarter_by_owner_and_a_target_in_another_currency_is_no_target() {
        JsonPath q1 = performance(Map.of("period", "quarter", "from", "2016-02", "to", "2016-02", "currency", "SEK"));
        assertThat(q1.getString("groupBy")).isEqualTo("salesOwner");
        assertThat(row(q1, "2016-Q1", ANNA)).containsEntry("salesInPeriod", "15000.00").containsEntry("collected", "10000.00")
                .containsEntry("dso", "30.33").containsEntry("target", null);
        assertThat(row(q1, "2016-Q1", BO)).containsEntry("salesInPeriod", "8000.00").containsEntry("collected", "3000.00")
                .containsEntry("dso", "56.88").containsEntry("overdueRatio", "1.0000");

        JsonPath eur = performance(Map.of("period", "quarter", "from", "2016-01", "to", "2016-01", "currency", "EUR"));
        assertThat(target(row(eur, "2016-Q1", ANNA))).containsEntry("collect", "9000.00").containsEntry("attainment", "0.0000");
        assertThat(row(eur, "2016-Q1", ANNA)).containsEntry("collected", "0.00");
    }

    @Test
    void membership_runs_from_the_definition_that_added_an_owner_to_the_one_that_took_them_out() throws Exception {
        List<String> memberships = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT sales_owner, valid_from, valid_to FROM sales_team_membership WHERE team_id = ?
                ORDER BY sales_owner, valid_from""")) {
            s.setString(1, TEAM);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    memberships.add(rs.getString(1) + " " + rs.getTimestamp(2).toInstant() + " "
                            + (rs.getTimestamp(3) == null ? "-" : rs.getTimestamp(3).toInstant().toString()));
                }
            }
        }
        assertThat(memberships).containsExactly(
                "perf.anna 2016-01-01T08:00:00Z -",
                "perf.bo 2016-02-01T08:00:00Z -",
                "perf.cai 2016-01-01T08:00:00Z 2016-02-01T08:00:00Z");
        JsonPath march = performance(Map.of("from", "2016-03", "to", "2016-03", "groupBy", "team", "currency", "SEK"));
        assertThat(row(march, "2016-03", TEAM).get("team")).as("the late older definition kept nothing")
                .isEqualTo(Map.of("teamId", TEAM, "name", "Perf north"));
    }

    @Test
    void a_rebuild_of_the_projection_answers_the_same() {
        Map<String, String> march = Map.of("from", "2016-01", "to", "2016-03", "groupBy", "team", "currency", "SEK");
        Map<String, String> owners = Map.of("period", "quarter", "from", "2016-01", "to", "2016-12", "currency", "SEK");
        String teamsBefore = performanceText(march);
        String ownersBefore = performanceText(owners);

        String rebuilds = "/api/v1/admin/projections/" + PerformanceProjection.NAME + "/rebuilds";
        Response started = given().header("Authorization", TestTokens.bearer("ops")).post(rebuilds);
        started.then().statusCode(202);
        String id = started.jsonPath().getString("id");
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().header("Authorization", TestTokens.bearer("ops"))
                .get(rebuilds + "/" + id).then().statusCode(200).body("state", equalTo("SWITCHED")));

        assertThat(performanceText(march)).isEqualTo(teamsBefore);
        assertThat(performanceText(owners)).isEqualTo(ownersBefore);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no currency          | currency | period=month",
            "lower-case currency  | currency | currency=sek",
            "unknown currency     | currency | currency=XYZ",
            "unknown groupBy      | groupBy  | currency=SEK&groupBy=region",
            "unknown period       | period   | currency=SEK&period=week",
            "month without zero   | from     | currency=SEK&from=2016-3",
            "from after to        | from     | currency=SEK&from=2016-04&to=2016-03",
            "more than ten years  | to       | currency=SEK&from=2006-01&to=2016-01"})
    void refuses_bad_parameters_as_a_problem_naming_the_field(String rule, String field, String query) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.strip().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], parts[1]);
        }
        given().header("Authorization", TestTokens.bearer("finance")).queryParams(parameters)
                .get("/api/v1/collection-performance").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://ledgerline.io/problems/invalid-parameter")).body("field", equalTo(field.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance", "sales", "collector", "credit-manager"})
    void finance_sales_collectors_and_credit_managers_read_it(String role) {
        given().header("Authorization", TestTokens.bearer(role)).queryParam("currency", "SEK").queryParam("from", "2016-03")
                .queryParam("to", "2016-03").get("/api/v1/collection-performance").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ops", "credit-analyst", "erp-integration"})
    void other_roles_may_not(String role) {
        given().header("Authorization", TestTokens.bearer(role)).queryParam("currency", "SEK")
                .get("/api/v1/collection-performance").then().statusCode(403);
    }

    @Test
    void refuses_a_request_without_a_token() {
        given().queryParam("currency", "SEK").get("/api/v1/collection-performance").then().statusCode(401);
    }

    @Test
    void the_formulas_are_in_the_openapi_description() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/collection-performance'.get.description",
                        equalTo(CollectionPerformanceResource.FORMULAS));
    }

    private static JsonPath performance(Map<String, String> parameters) {
        return new JsonPath(performanceText(parameters));
    }

    private static String performanceText(Map<String, String> parameters) {
        return given().header("Authorization", TestTokens.bearer("finance")).queryParams(parameters)
                .get("/api/v1/collection-performance").then().statusCode(200).extract().asString();
    }

    private static List<Map<String, Object>> rows(JsonPath report, String period, String key) {
        return report.getList("rows.findAll { it.key == '" + key + "' && it.period == '" + period + "' }");
    }

    private static Map<String, Object> row(JsonPath report, String period, String key) {
        List<Map<String, Object>> rows = rows(report, period, key);
        assertThat(rows).as("rows of %s in %s", key, period).hasSize(1);
        return rows.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> target(Map<String, Object> row) {
        assertThat(row.get("target")).as("target of %s", row.get("key")).isNotNull();
        return (Map<String, Object>) row.get("target");
    }
}
