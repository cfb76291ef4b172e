package io.ledgerline.reporting.forecast;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.reporting.metrics.LedgerFacts;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The only SGD invoices and the only payments of 2020-08 to 2021-07, published on the real topic and folded by the projection. {@link #PAYER} paid
 * three: due 2021-03-31 paid 03-25 (0 days late), due 04-30 paid 05-10 (10), due 05-15 paid 07-04 (50): mean 20,
 * 25th percentile 5, 75th 30; {@link #NEWCOMER} paid nothing, so takes everyone's, the same.
 * As of Wednesday 2021-07-07 the first week starts Monday 2021-07-05 (2021-W27):
 * <ul>
 *   <li>PAYER 1000.00 due 06-25: expected 07-15 (W28), early 06-30 (before: W27), late 07-25 (W29);</li>
 *   <li>PAYER 400.00 due 07-12 with 100.00 disputed since 07-01, so 300.00: expected 08-01 (W30), early 07-17 (W28),
 *       late 08-11 (W32);</li>
 *   <li>NEWCOMER 500.00 due 07-08: expected 07-28 (W30), early 07-13 (W28), late 08-07 (W31).</li>
 * </ul>
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class CollectionForecastResourceTest {

    private static final String PAYER = "0903-FCAST";
    private static final String NEWCOMER = "0904-NOHIS";
    private static boolean folded;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void foldOnce() {
        if (folded) {
            return;
        }
        LedgerFacts ledger = new LedgerFacts(dataSource);
        ledger.pay(PAYER, ledger.issue(PAYER, "0000000931", "100.00", "SGD", "2021-03-01", "2021-03-31"), "100.00", "SGD", "2021-03-25");
        ledger.pay(PAYER, ledger.issue(PAYER, "0000000932", "100.00", "SGD", "2021-03-31", "2021-04-30"), "100.00", "SGD", "2021-05-10");
        ledger.pay(PAYER, ledger.issue(PAYER, "0000000933", "100.00", "SGD", "2021-04-15", "2021-05-15"), "100.00", "SGD", "2021-07-04");
        ledger.issue(PAYER, "0000000934", "1000.00", "SGD", "2021-05-26", "2021-06-25");
        String disputed = ledger.issue(PAYER, "0000000935", "400.00", "SGD", "2021-06-12", "2021-07-12");
        ledger.fact(PAYER, "DisputeOpened", """
                {"disputeId":"%s","invoiceId":"%s","invoiceNumber":"0000000935","customerId":"%s","openedOn":"2021-07-01",
                 "amount":{"amount":"100.00","currency":"SGD"},"reason":"price"}""".formatted(UUID.randomUUID(), disputed, PAYER));
        ledger.issue(NEWCOMER, "0000000941", "500.00", "SGD", "2021-06-08", "2021-07-08");
        folded = true;
    }

    @Test
    void thirteen_weeks_by_currency_against_the_hand_computed_weeks() {
        JsonPath forecast = forecast(Map.of("asOf", "2021-07-07"));

        assertThat(forecast.getInt("weeks")).isEqualTo(13);
        Map<String, Object> sgd = forecast.getMap("rows.find { it.currency == 'SGD' }");
        assertThat(sgd).containsEntry("key", "SGD").containsEntry("open", "1800.00");
        List<Map<String, Object>> weeks = forecast.getList("rows.find { it.currency == 'SGD' }.weeks");
        assertThat(weeks).hasSize(13);
        assertThat(weeks.get(0)).containsEntry("week", "2021-W27").containsEntry("start", "2021-07-05")
                .containsEntry("expected", "0.00").containsEntry("early", "1000.00").containsEntry("late", "0.00");
        assertThat(weeks.get(1)).containsEntry("expected", "1000.00").containsEntry("early", "800.00")
                .containsEntry("cumulativeLow", "0.00").containsEntry("cumulativeHigh", "1800.00");
        assertThat(weeks.get(2)).containsEntry("late", "1000.00").containsEntry("cumulativeExpected", "1000.00");
        assertThat(weeks.get(3)).containsEntry("expected", "800.00").containsEntry("cumulativeExpected", "1800.00");
        assertThat(weeks.get(4)).containsEntry("late", "500.00");
        assertThat(weeks.get(5)).containsEntry("late", "300.00").containsEntry("cumulativeLow", "1800.00");
        assertThat(forecast.getMap("rows.find { it.currency == 'SGD' }.later")).containsEntry("expected", "0.00");
    }

    @Test
    void a_customer_without_history_takes_everyones_and_short_horizons_leave_the_rest_for_later() {
        JsonPath forecast = forecast(Map.of("asOf", "2021-07-07", "groupBy", "customer", "weeks", "2"));

        assertThat(forecast.getList("rows.find { it.key == '" + NEWCOMER + "' }.weeks.early")).containsExactly("0.00", "500.00");
        assertThat(forecast.getMap("rows.find { it.key == '" + NEWCOMER + "' }.later"))
                .containsEntry("expected", "500.00").containsEntry("late", "500.00").containsEntry("early", "0.00");
        assertThat(forecast.getMap("rows.find { it.key == '" + PAYER + "' }")).containsEntry("open", "1300.00");
    }

    @Test
    void refuses_bad_parameters_a_wrong_role_and_no_token() {
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("weeks", "0")
                .get("/api/v1/forecast/collections").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("weeks"));
        given().header("Authorization", TestTokens.bearer("finance")).queryParam("groupBy", "region")
                .get("/api/v1/forecast/collections").then().statusCode(400).body("field", equalTo("groupBy"));
        given().header("Authorization", TestTokens.bearer("erp-integration")).get("/api/v1/forecast/collections")
                .then().statusCode(403);
        given().get("/api/v1/forecast/collections").then().statusCode(401);
    }

    private static JsonPath forecast(Map<String, String> parameters) {
        return given().header("Authorization", TestTokens.bearer("finance")).queryParams(parameters)
                .get("/api/v1/forecast/collections").then().statusCode(200).extract().jsonPath();
    }
}
