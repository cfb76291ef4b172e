package io.ledgerline.reporting.credit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The only credit facts of 2035, published on the real topics and folded by the projections.
 *
 * <p>Customers (profiles on the customer topic): 3501-CRDTA (NORDICS, cr.anna), 3502-CRDTB (EMEA, cr.bo), 3503-CRDTC
 * (NORDICS, no sales owner); 3504-CRDTD has no profile.
 * <ul>
 *   <li>Grades: A is B (80) on 01-10, A (92) on 03-05: an upgrade B to A in March. B is B (78) on 02-01, C (65) on 03-10
 *   and D (45) on 03-20, each fall with its CreditGradeDowngraded (B to C, then C to D), and a referral on 03-20 (below
 *   60; exposure 12000.5 EUR and 300 USD). C is C (58) on 02-15 with a referral that day, B (76) on 04-02: an upgrade C to
 *   B in April. D is never assessed but gets a referral on 03-25 with nothing but its score and threshold.</li>
 *   <li>Checks: SO-3501-0 (A, grade B) approved 999.00 EUR on 02-20 (February). SO-3501-1 (A, grade A) approved 1000.00
 *   EUR on 03-06 (published twice). SO-3501-2 (A, grade A) held 2000.00 EUR on 03-07, released 03-08. SO-3502-1 (B, grade
 *   C) held 500.00 USD on 03-12, cancelled 03-14 (the cancellation published first). SO-3502-2 (B, grade D) rejected
 *   800.00 EUR on 03-21. SO-3503-1 (C, no inputs: grade C in force on 03-15) approved 300.00 EUR on 03-15, cancelled
 *   04-03. SO-3504-1 (D, never assessed) held 50.00 EUR on 03-25.</li>
 * </ul>
 * March by grade: A 2 checks (1 at once, 1 held and released), hold 0.5000, release 1.0000, EUR 3000.00 checked, 1000.00
 * at once, 2000.00 held and released; 1 customer on 03-31 (A), 1 upgrade into A. B: no checks, 1 downgrade and 1 upgrade
 * out of it. C: 2 checks (SO-3503-1 at once, SO-3502-1 held and cancelled by 03-31), hold 0.5000, release 0.0000, EUR 300.00
 * checked and at once, USD 500.00 checked, held and cancelled; 1 customer (C), 1 downgrade into and 1 out of it. D: 1
 * rejected (800.00 EUR), hold 0.0000, release null, 1 customer (B), 1 downgrade into it. (none): 1 held (50.00 EUR), hold
 * 1.0000. Total: 6 checks, 2 at once, 3 held, 1 released, 1 rejected, 1 cancelled, hold 3/6 = 0.5000, release 1/3 =
 * 0.3333; EUR 4150.00 checked, 1300.00 at once, 2050.00 held, 2000.00 released, 800.00 rejected, 0.00 cancelled.
 * March to April: SO-3503-1's cancellation counts (C cancelled 2, EUR 300.00); on 04-30 the customers are A, B (C's
 * upgrade) and D (B's), and C's upgrade adds to B and out of C.
 * March alerts, newest first: D's referral (03-25), B's referral (03-20, recorded after) and downgrade C to D (03-20),
 * B's downgrade B to C (03-10).
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class CreditReportResourceTest {

    private static final String A = "3501-CRDTA";
    private static final String B = "3502-CRDTB";
    private static final String C = "3503-CRDTC";
    private static final String D = "3504-CRDTD";
    private static final String ALERTS = "/api/v1/credit/alerts";
    private static final String EFFECT = "/api/v1/credit/policy-effect";
    private static boolean folded;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void foldOnce() {
        if (folded) {
            return;
        }
        CreditFacts credit = new CreditFacts(dataSource);
        credit.profile(A, "NORDICS", "DISTRIBUTOR", "cr.anna");
        credit.profile(B, "EMEA", "RETAIL", "cr.bo");
        credit.profile(C, "NORDICS", "RETAIL", null);

        assessed(credit, A, "a-3501-1", "2035-01-10", "B", 80, 1);
        assessed(credit, A, "a-3501-2", "2035-03-05", "A", 92, 3);
        assessed(credit, B, "a-3502-1", "2035-02-01", "B", 78, 1);
        assessed(credit, B, "a-3502-2", "2035-03-10", "C", 65, 2);
        EventEnvelope downgrade = credit.fact(B, "CreditGradeDowngraded", 3, "2035-03-10T08:00:01Z", """
                {"customerId":"3502-CRDTB","assessmentId":"a-3502-2","assessedOn":"2035-03-10","fromGrade":"B","toGrade":"C",
                 "fromScore":78,"toScore":65,"trigger":"risk-signal"}""");
        credit.again(downgrade);
        assessed(credit, B, "a-3502-3", "2035-03-20", "D", 45, 4);
        credit.fact(B, "CreditGradeDowngraded", 5, "2035-03-20T08:00:01Z", """
                {"customerId":"3502-CRDTB","assessmentId":"a-3502-3","assessedOn":"2035-03-20","fromGrade":"C","toGrade":"D",
                 "fromScore":65,"toScore":45,"trigger":"payment-behaviour"}""");
        credit.fact(B, "CreditInsuranceReferralRaised", 6, "2035-03-20T08:00:02Z", """
                {"customerId":"3502-CRDTB","assessmentId":"a-3502-3","raisedOn":"2035-03-20","score":45,"belowScore":60,
                 "grade":"D","exposureToCover":[{"amount":"12000.5","currency":"EUR"},{"amount":"300","currency":"USD"}]}""");
        assessed(credit, C, "a-3503-1", "2035-02-15", "C", 58, 1);
        credit.fact(C, "CreditInsuranceReferralRaised", 2, "2035-02-15T08:00:01Z", """
                {"customerId":"3503-CRDTC","assessmentId":"a-3503-1","raisedOn":"2035-02-15","score":58,"belowScore":60,
                 "grade":"C","exposureToCover":[]}""");
        assessed(credit, C, "a-3503-2", "2035-04-02", "B", 76, 3);
        credit.fact(D, "CreditInsuranceReferralRaised", 1, "2035-03-25T08:00:01Z", """
                {"customerId":"3504-CRDTD","raisedOn":"2035-03-25","score":50,"belowScore":60}""");

        decided(credit, "CreditCheckApproved", A, "SO-3501-0", "999.00", "EUR", "2035-02-20", "B", "[]");
        EventEnvelope approved = decided(credit, "CreditCheckApproved", A, "SO-3501-1", "1000.00", "EUR", "2035-03-06", "A", "[]");
        credit.again(approved);
        decided(credit, "CreditCheckApproved", A, "SO-3501-1", "1000.00", "EUR", "2035-03-06", "A", "[]");
        decided(credit, "CreditCheckHeld", A, "SO-3501-2", "2000.00", "EUR", "2035-03-07", "A",
                "[{\"code\":\"above-auto-approval\",\"releasableBy\":[\"credit-analyst\",\"credit-manager\"]}]");
        credit.fact(A, "CreditCheckReleased", 0, "2035-03-08T10:00:00Z", """
                {"customerId":"3501-CRDTA","orderId":"SO-3501-2","amount":{"amount":"2000.00","currency":"EUR"},
                 "releasedBy":"credit-analyst-user","role":"credit-analyst","releasedOn":"2035-03-08","reason":"known customer"}""");
        credit.fact(B, "CreditCheckCancelled", 0, "2035-03-14T10:00:00Z", """
                {"customerId":"3502-CRDTB","orderId":"SO-3502-1","amount":{"amount":"500.00","currency":"USD"},
                 "cancelledBy":"sales-user","cancelledOn":"2035-03-14","reason":"withdrawn","reservationFreed":false}""");
        decided(credit, "CreditCheckHeld", B, "SO-3502-1", "500.00", "USD", "2035-03-12", "C",
                "[{\"code\":\"over-limit\"},{\"code\":\"overdue-beyond-tolerance\"}]");
        decided(credit, "CreditCheckRejected", B, "SO-3502-2", "800.00", "EUR", "2035-03-21", "D", "[{\"code\":\"grade-d\"}]");
        credit.fact(C, "CreditCheckApproved", 0, "2035-03-15T10:00:00Z", """
                {"customerId":"3503-CRDTC","orderId":"SO-3503-1","amount":{"amount":"300.00","currency":"EUR"},
                 "checkedOn":"2035-03-15","requestedBy":"sales-user"}""");
        credit.fact(C, "CreditCheckCancelled", 0, "2035-04-03T10:00:00Z", """
                {"customerId":"3503-CRDTC","orderId":"SO-3503-1","amount":{"amount":"300.00","currency":"EUR"},
                 "cancelledBy":"sales-user","cancelledOn":"2035-04-03","reason":"withdrawn","reservationFreed":true}""");
        decided(credit, "CreditCheckHeld", D, "SO-3504-1", "50.00", "EUR", "2035-03-25", null, "[{\"code\":\"not-assessed\"}]");
        folded = true;
    }

    @Test
    void the_policy_effect_of_march_per_grade_against_the_hand_computed_figures() {
        JsonPath march = effect(Map.of("from", "2035-03-01", "to", "2035-03-31"));

        assertThat(march.getList("grades.grade")).containsExactly("A", "B", "C", "D", "(none)");
        assertThat(grade(march, "A")).containsEntry("checks", 2).containsEntry("approvedAtOnce", 1).containsEntry("held", 1)
                .containsEntry("released", 1).containsEntry("rejected", 0).containsEntry("cancelled", 0)
                .containsEntry("holdRate", "0.5000").containsEntry("releaseRate", "1.0000")
                .containsEntry("amounts", List.of(amounts("EUR", "3000.00", "1000.00", "2000.00", "2000.00", "0.00", "0.00")))
                .containsEntry("customersAtTo", 1).containsEntry("upgradedTo", 1).containsEntry("upgradedFrom", 0)
                .containsEntry("downgradedTo", 0).containsEntry("downgradedFrom", 0);
        assertThat(grade(march, "B")).containsEntry("checks", 0).containsEntry("holdRate", null).containsEntry("amounts", List.of())
                .containsEntry("customersAtTo", 0).containsEntry("downgradedFrom", 1).containsEntry("upgradedFrom", 1)
                .containsEntry("downgradedTo", 0).containsEntry("upgradedTo", 0);
        assertThat(grade(march, "C")).containsEntry("checks", 2).containsEntry("approvedAtOnce", 1).containsEntry("held", 1)
                .containsEntry("released", 0).containsEntry("cancelled", 1).containsEntry("holdRate", "0.5000")
                .containsEntry("releaseRate", "0.0000")
                .containsEntry("amounts", List.of(amounts("EUR", "300.00", "300.00", "0.00", "0.00", "0.00", "0.00"),
                        amounts("USD", "500.00", "0.00", "500.00", "0.00", "0.00", "500.00")))
                .containsEntry("customersAtTo", 1).containsEntry("downgradedTo", 1).containsEntry("downgradedFrom", 1);
        assertThat(grade(march, "D")).containsEntry("checks", 1).containsEntry("rejected", 1).containsEntry("holdRate", "0.0000")
                .containsEntry("releaseRate", null)
                .containsEntry("amounts", List.of(amounts("EUR", "800.00", "0.00", "0.00", "0.00", "800.00", "0.00")))
                .containsEntry("customersAtTo", 1).containsEntry("downgradedTo", 1);
        assertThat(grade(march, "(none)")).containsEntry("checks", 1).containsEntry("held", 1).containsEntry("holdRate", "1.0000")
                .containsEntry("amounts", List.of(amounts("EUR", "50.00", "0.00", "50.00", "0.00", "0.00", "0.00")));

        Map<String, Object> total = march.getMap("total");
        assertThat(total).containsEntry("grade", "(all)").containsEntry("checks", 6).containsEntry("approvedAtOnce", 2)
                .containsEntry("held", 3).containsEntry("released", 1).containsEntry("rejected", 1).containsEntry("cancelled", 1)
                .containsEntry("holdRate", "0.5000").containsEntry("releaseRate", "0.3333")
                .containsEntry("amounts", List.of(amounts("EUR", "4150.00", "1300.00", "2050.00", "2000.00", "800.00", "0.00"),
                        amounts("USD", "500.00", "0.00", "500.00", "0.00", "0.00", "500.00")))
                .containsEntry("customersAtTo", 3).containsEntry("downgradedTo", 2).containsEntry("upgradedTo", 1);
    }

    @Test
    void a_cancellation_or_regrade_after_the_period_counts_once_the_period_reaches_it() {
        JsonPath spring = effect(Map.of("from", "2035-03-01", "to", "2035-04-30"));

        assertThat(grade(spring, "C")).containsEntry("cancelled", 2)
                .containsEntry("amounts", List.of(amounts("EUR", "300.00", "300.00", "0.00", "0.00", "0.00", "300.00"),
                        amounts("USD", "500.00", "0.00", "500.00", "0.00", "0.00", "500.00")))
                .containsEntry("customersAtTo", 0).containsEntry("upgradedFrom", 1);
        assertThat(grade(spring, "B")).containsEntry("customersAtTo", 1).containsEntry("upgradedTo", 1);
        assertThat(spring.getMap("total")).containsEntry("customersAtTo", 3).containsEntry("upgradedTo", 2);

        JsonPath february = effect(Map.of("from", "2035-02-01", "to", "2035-02-28"));
        assertThat(february.getList("grades.grade")).containsExactly("B", "C");
        assertThat(grade(february, "B")).containsEntry("checks", 1).containsEntry("approvedAtOnce", 1)
                .containsEntry("customersAtTo", 2);
        assertThat(grade(february, "C")).containsEntry("checks", 0).containsEntry("customersAtTo", 1);
    }

    @Test
    void the_downgrades_per_grade_are_the_downgrade_alerts_of_the_period() {
        JsonPath march = effect(Map.of("from", "2035-03-01", "to", "2035-03-31"));
        JsonPath downgrades = alerts(Map.of("from", "2035-03-01", "to", "2035-03-31", "kind", "DOWNGRADE"));

        assertThat(march.getInt("total.downgradedTo")).isEqualTo(downgrades.getInt("totalItems")).isEqualTo(2);
    }

    @Test
    void march_alerts_newest_first_with_the_customers_region_and_sales_owner() {
        JsonPath march = alerts(Map.of("from", "2035-03-01", "to", "2035-03-31"));

        assertThat(march.getMap("totals")).isEqualTo(Map.of("downgrades", 2, "insuranceReferrals", 2, "customers", 2));
        assertThat(march.getInt("totalItems")).isEqualTo(4);
        assertThat(march.getInt("totalPages")).isEqualTo(1);
        assertThat(march.getString("groupBy")).isNull();
        assertThat(march.getList("groups")).isNull();
        assertThat(march.getList("items.kind")).containsExactly("INSURANCE_REFERRAL", "INSURANCE_REFERRAL", "DOWNGRADE", "DOWNGRADE");
        assertThat(march.getList("items.on")).containsExactly("2035-03-25", "2035-03-20", "2035-03-20", "2035-03-10");
        assertThat(march.getList("items.customerId")).containsExactly(D, B, B, B);

        Map<String, Object> unknown = march.getMap("items[0]");
        assertThat(unknown).containsEntry("region", null).containsEntry("salesOwner", null).containsEntry("assessmentId", null)
                .containsEntry("grade", null).containsEntry("score", 50).containsEntry("belowScore", 60)
                .containsEntry("exposureToCover", List.of());
        assertThat(march.getMap("items[1]")).containsEntry("legalName", B + " Ltd").containsEntry("region", "EMEA")
                .containsEntry("customerType", "RETAIL").containsEntry("salesOwner", "cr.bo").containsEntry("grade", "D")
                .containsEntry("score", 45).containsEntry("belowScore", 60).containsEntry("fromGrade", null)
                .containsEntry("exposureToCover", List.of(Map.of("amount", "12000.50", "currency", "EUR"),
                        Map.of("amount", "300.00", "currency", "USD")));
        assertThat(march.getMap("items[2]")).containsEntry("assessmentId", "a-3502-3").containsEntry("fromGrade", "C")
                .containsEntry("grade", "D").containsEntry("fromScore", 65).containsEntry("score", 45)
                .containsEntry("trigger", "payment-behaviour").containsEntry("belowScore", null)
                .containsEntry("exposureToCover", null);
        assertThat(march.getMap("items[3]")).containsEntry("fromGrade", "B").containsEntry("grade", "C")
                .containsEntry("trigger", "risk-signal");
    }

    @Test
    void alerts_by_kind_period_page_and_group() {
        JsonPath downgrades = alerts(Map.of("from", "2035-03-01", "to", "2035-03-31", "kind", "DOWNGRADE"));
        assertThat(downgrades.getString("kind")).isEqualTo("DOWNGRADE");
        assertThat(downgrades.getList("items.kind")).containsExactly("DOWNGRADE", "DOWNGRADE");
        assertThat(downgrades.getMap("totals")).isEqualTo(Map.of("downgrades", 2, "insuranceReferrals", 0, "customers", 1));

        JsonPath late = alerts(Map.of("from", "2035-03-21", "to", "2035-03-31"));
        assertThat(late.getList("items.customerId")).containsExactly(D);

        JsonPath second = alerts(Map.of("from", "2035-03-01", "to", "2035-03-31", "page", "1", "size", "1"));
        assertThat(second.getInt("totalItems")).isEqualTo(4);
        assertThat(second.getInt("totalPages")).isEqualTo(4);
        assertThat(second.getList("items.customerId")).containsExactly(B);
        assertThat(second.getList("items.kind")).containsExactly("INSURANCE_REFERRAL");

        JsonPath byRegion = alerts(Map.of("from", "2035-03-01", "to", "2035-03-31", "groupBy", "region"));
        assertThat(byRegion.getList("groups")).containsExactly(
                Map.of("key", "(unknown)", "downgrades", 0, "insuranceReferrals", 1, "customers", 1),
                Map.of("key", "EMEA", "downgrades", 2, "insuranceReferrals", 1, "customers", 1));

        JsonPath february = alerts(Map.of("from", "2035-02-01", "to", "2035-02-28", "groupBy", "salesOwner"));
        assertThat(february.getList("groups")).containsExactly(
                Map.of("key", "(none)", "downgrades", 0, "insuranceReferrals", 1, "customers", 1));
        assertThat(february.getMap("items[0]")).containsEntry("customerId", C).containsEntry("region", "NORDICS")
                .containsEntry("salesOwner", null).containsEntry("exposureToCover", List.of());
    }

    @Test
    void a_redelivered_or_repeated_fact_changes_nothing() {
        JsonPath march = alerts(Map.of("from", "2035-03-10", "to", "2035-03-10"));
        assertThat(march.getInt("totalItems")).as("the downgrade published twice").isEqualTo(1);
        assertThat(grade(effect(Map.of("from", "2035-03-06", "to", "2035-03-06")), "A"))
                .as("the approval published three times").containsEntry("checks", 1)
                .containsEntry("amounts", List.of(amounts("EUR", "1000.00", "1000.00", "0.00", "0.00", "0.00", "0.00")));
    }

    @Test
    void a_rebuild_of_the_projection_answers_the_same() {
        Map<String, String> spring = Map.of("from", "2035-02-01", "to", "2035-04-30");
        String effectBefore = text(EFFECT, spring);
        String alertsBefore = text(ALERTS, Map.of("from", "2035-02-01", "to", "2035-04-30", "groupBy", "customer"));

        String rebuilds = "/api/v1/admin/projections/" + CreditProjection.NAME + "/rebuilds";
        Response started = given().header("Authorization", TestTokens.bearer("ops")).post(rebuilds);
        started.then().statusCode(202);
        String id = started.jsonPath().getString("id");
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().header("Authorization", TestTokens.bearer("ops"))
                .get(rebuilds + "/" + id).then().statusCode(200).body("state", equalTo("SWITCHED")));

        assertThat(text(EFFECT, spring)).isEqualTo(effectBefore);
        assertThat(text(ALERTS, Map.of("from", "2035-02-01", "to", "2035-04-30", "groupBy", "customer"))).isEqualTo(alertsBefore);
    }

    @Test
    void without_dates_it_is_this_month_up_to_today_by_the_business_clock() {
        JsonPath now = alerts(Map.of());
        assertThat(now.getString("from")).isEqualTo("2013-03-01");
        assertThat(now.getString("to")).isEqualTo("2013-03-15");
        assertThat(effect(Map.of()).getString("to")).isEqualTo("2013-03-15");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "alerts: from not a date    | /api/v1/credit/alerts         | from    | from=2035-02-30",
            "alerts: from after to      | /api/v1/credit/alerts         | from    | from=2035-04-01&to=2035-03-31",
            "alerts: unknown kind       | /api/v1/credit/alerts         | kind    | kind=UPGRADE",
            "alerts: unknown groupBy    | /api/v1/credit/alerts         | groupBy | groupBy=grade",
            "alerts: negative page      | /api/v1/credit/alerts         | page    | page=-1",
            "alerts: size too big       | /api/v1/credit/alerts         | size    | size=501",
            "effect: to not a date      | /api/v1/credit/policy-effect  | to      | to=March",
            "effect: from after to      | /api/v1/credit/policy-effect  | from    | from=2035-04-01&to=2035-03-31"})
    void refuses_bad_parameters_as_a_problem_naming_the_field(String rule, String path, String field, String query) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.strip().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], parts[1]);
        }
        given().header("Authorization", TestTokens.bearer("credit-manager")).queryParams(parameters).get(path.strip())
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://ledgerline.io/problems/invalid-parameter")).body("field", equalTo(field.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance", "credit-analyst", "credit-manager", "collector", "sales", "ops"})
    void every_reporting_role_reads_both(String role) {
        given().header("Authorization", TestTokens.bearer(role)).get(ALERTS).then().statusCode(200);
        given().header("Authorization", TestTokens.bearer(role)).get(EFFECT).then().statusCode(200);
    }

    @Test
    void other_roles_may_not_and_no_token_is_401() {
        given().header("Authorization", TestTokens.bearer("erp-integration")).get(ALERTS).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("erp-integration")).get(EFFECT).then().statusCode(403);
        given().get(ALERTS).then().statusCode(401);
        given().get(EFFECT).then().statusCode(401);
    }

    @Test
    void the_formulas_are_in_the_openapi_description() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/credit/policy-effect'.get.description", equalTo(PolicyEffectResource.FORMULAS))
                .body("paths.'/api/v1/credit/alerts'.get.description", equalTo(CreditAlertResource.DESCRIPTION));
    }

    private static void assessed(CreditFacts credit, String customer, String assessmentId, String on, String grade, int score,
                                 long sequence) {
        credit.fact(customer, "CustomerAssessed", sequence, on + "T08:00:00Z", """
                {"customerId":"%s","assessmentId":"%s","assessedOn":"%s","assessedBy":"credit-service","score":%d,"grade":"%s",
                 "tradeAllowed":true,"coverage":"100.00","missingDataRule":"NEUTRAL_POINTS","scorecardVersion":1,
                 "policyVersion":1,"contributions":[],"missingData":[],"trigger":"schedule"}"""
                .formatted(customer, assessmentId, on, score, grade));
    }

    /** A check decision with the grade it read ({@code null}: never assessed) and its reasons as JSON. */
    private static EventEnvelope decided(CreditFacts credit, String name, String customer, String order, String amount,
                                         String currency, String on, String grade, String reasons) {
        return credit.fact(customer, name, 0, on + "T10:00:00Z", """
                {"customerId":"%s","orderId":"%s","amount":{"amount":"%s","currency":"%s"},"checkedOn":"%s",
                 "requestedBy":"sales-user","reasons":%s,
                 "inputs":{"assessmentId":null,"score":null,"grade":%s,"policyVersion":1,"oldestOverdueDays":0}}"""
                .formatted(customer, order, amount, currency, on, reasons, grade == null ? "null" : "\"" + grade + "\""));
    }

    private static Map<String, String> amounts(String currency, String checked, String approvedAtOnce, String held,
                                               String released, String rejected, String cancelled) {
        return Map.of("currency", currency, "checked", checked, "approvedAtOnce", approvedAtOnce, "held", held,
                "released", released, "rejected", rejected, "cancelled", cancelled);
    }

    private static Map<String, Object> grade(JsonPath report, String grade) {
        List<Map<String, Object>> rows = report.getList("grades.findAll { it.grade == '" + grade + "' }");
        assertThat(rows).as("rows of grade %s", grade).hasSize(1);
        return rows.get(0);
    }

    private static JsonPath effect(Map<String, String> parameters) {
        return new JsonPath(text(EFFECT, parameters));
    }

    private static JsonPath alerts(Map<String, String> parameters) {
        return new JsonPath(text(ALERTS, parameters));
    }

    private static String text(String path, Map<String, String> parameters) {
        return given().header("Authorization", TestTokens.bearer("credit-manager")).queryParams(parameters).get(path)
                .then().statusCode(200).extract().asString();
    }
}
