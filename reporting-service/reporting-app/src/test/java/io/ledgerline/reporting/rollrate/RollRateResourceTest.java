package io.ledgerline.reporting.rollrate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The only NZD items, published on the real topic and folded by the aging projection (days past due in brackets:
 * on 2017-01-31 / 2017-02-28 / 2017-03-31). Customer {@link #R}:
 * <ul>
 *   <li>A: 1000.00 due 2017-02-04 (-4 current / - / -), paid in full 2017-02-20;</li>
 *   <li>B: 500.00 due 2017-01-20 (11 1-30 / 39 31-60 / 70 61-90), 200.00 paid 2017-02-10;</li>
 *   <li>C: 800.00 due 2017-02-19 (-19 current / 9 1-30 / 40 31-60), never paid;</li>
 *   <li>D: 300.00 issued 2017-02-15, due 2017-03-17 (- / -17 current / 14 1-30);</li>
 *   <li>E: 400.00 due 2016-12-31 (31 31-60 / 59 31-60 / -), 100.00 credited 2017-02-05, 150.00 paid 2017-02-25, the
 *       150.00 left written off 2017-03-10;</li>
 *   <li>F: 300.00 due 2016-12-15 (47 31-60 / 75 61-90 / 106 90+), debited 60.00 on 2017-02-10;</li>
 *   <li>G: 100.00 issued 2017-02-01, due 2017-02-11 (- / 17 1-30 / -), 40.00 paid 2017-02-20, 60.00 on 2017-03-05;</li>
 *   <li>H: 250.00 due 2017-01-12, paid in full 2017-01-25 (not open on 2017-01-31), the payment unapplied 2017-02-08
 *       (47 31-60 / 78 61-90).</li>
 * </ul>
 * Customer {@link #S}: I: 50.00 issued 2017-02-03, due 2017-03-05 (- / -5 current / 26 1-30).
 *
 * <p>Aging of NZD: 2017-01-31 current 1800.00 (A, C), 1-30 500.00 (B), 31-60 700.00 (E, F); 2017-02-28 current 350.00
 * (D, I), 1-30 860.00 (C, G), 31-60 700.00 (B 300, E 150, H 250), 61-90 360.00 (F); 2017-03-31 1-30 350.00 (D, I), 31-60
 * 800.00 (C), 61-90 550.00 (B, H), 90+ 360.00 (F).
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class RollRateResourceTest {

    private static final String R = "1701-ROLLR";
    private static final String S = "1702-ROLLS";
    private static final String NZD = "NZD";
    private static final String LINES = "0922-PLINR";
    private static final String MXN = "MXN";
    private static final List<String> STANDARD = List.of("current", "1-30", "31-60", "61-90", "90+");
    private static final List<String> ROLES = List.of("finance", "credit-analyst", "credit-manager", "sales", "collector", "ops");
    private static boolean folded;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void foldOnce() {
        if (folded) {
            return;
        }
        LedgerFacts ledger = new LedgerFacts(dataSource);
        String a = ledger.issue(R, "0000001701", "1000.00", NZD, "2017-01-05", "2017-02-04");
        ledger.pay(R, a, "1000.00", NZD, "2017-02-20");
        String b = ledger.issue(R, "0000001702", "500.00", NZD, "2017-01-10", "2017-01-20");
        ledger.pay(R, b, "200.00", NZD, "2017-02-10");
        ledger.issue(R, "0000001703", "800.00", NZD, "2017-01-20", "2017-02-19");
        ledger.issue(R, "0000001704", "300.00", NZD, "2017-02-15", "2017-03-17");
        String e = ledger.issue(R, "0000001705", "400.00", NZD, "2016-12-01", "2016-12-31");
        ledger.fact(R, "InvoiceCredited", """
                {"invoiceId":"%s","invoiceNumber":"0000001705","customerId":"%s","creditMemoId":"%s","creditedOn":"2017-02-05",
                 "amount":{"amount":"100.00","currency":"NZD"}}""".formatted(e, R, UUID.randomUUID()));
        ledger.pay(R, e, "150.00", NZD, "2017-02-25");
        ledger.fact(R, "InvoiceWrittenOff", """
                {"invoiceId":"%s","invoiceNumber":"0000001705","customerId":"%s","writtenOffOn":"2017-03-10",
                 "amount":{"amount":"150.00","currency":"NZD"},"reason":"uncollectable","automatic":false,
                 "writtenOffBy":"finance-user"}""".formatted(e, R));
        String f = ledger.issue(R, "0000001706", "300.00", NZD, "2016-11-15", "2016-12-15");
        ledger.fact(R, "InvoiceDebited", """
                {"invoiceId":"%s","invoiceNumber":"0000001706","customerId":"%s","debitId":"%s","externalId":"DA-1706",
                 "debitedOn":"2017-02-10","amount":{"amount":"60.00","currency":"NZD"},"reason":"freight undercharged"}"""
                .formatted(f, R, UUID.randomUUID()));
        String g = ledger.issue(R, "0000001707", "100.00", NZD, "2017-02-01", "2017-02-11");
        ledger.pay(R, g, "40.00", NZD, "2017-02-20");
        ledger.pay(R, g, "60.00", NZD, "2017-03-05");
        String h = ledger.issue(R, "0000001708", "250.00", NZD, "2017-01-02", "2017-01-12");
        ledger.pay(R, h, "250.00", NZD, "2017-01-25");
        ledger.fact(R, "PaymentUnapplied", """
                {"invoiceId":"%s","invoiceNumber":"0000001708","paymentId":"%s","customerId":"%s","unappliedOn":"2017-02-08",
                 "amount":{"amount":"250.00","currency":"NZD"},"reason":"insufficient funds"}""".formatted(h, UUID.randomUUID(), R));
        ledger.issue(S, "0000001709", "50.00", NZD, "2017-02-03", "2017-03-05");

        String j = ledger.issue(LINES, "0000001801", "600.00", MXN, "2018-01-01", "2018-01-21", "Tools");
        ledger.pay(LINES, j, "200.00", MXN, "2018-02-10");
        ledger.issue(LINES, "0000001802", "300.00", MXN, "2018-01-10", "2018-02-09", "Parts");
        ledger.issue(LINES, "0000001803", "100.00", MXN, "2018-02-05", "2018-03-07", null);
        String m = ledger.issue(LINES, "0000001804", "50.00", MXN, "2018-02-12", "2018-02-20", "Tools");
        ledger.pay(LINES, m, "50.00", MXN, "2018-02-25");
        folded = true;
    }

    /**
     * February 2017. current: A settled (paid) 1000.00, C rolled to 1-30: 800.00; roll 800 / 1800 = 0.4444, settled
     * 1000 / 1800 = 0.5556. 1-30: B 300.00 to 31-60, 200.00 paid; 0.6000 and 0.4000. 31-60: E 150.00 stays, 250.00
     * settled (150.00 paid, 100.00 credited), F 300.00 + 60.00 debited to 61-90 (increase 60.00): 150 + 360 + 250 = 700 +
     * 60; roll 360 / 700 = 0.5143, settled 250 / 700 = 0.3571. new: D 300.00 and I 50.00 current, G 60.00 in 1-30 and 40.00
     * paid, issued 450.00; settled 40 / 450 = 0.0889. reopened: H 250.00 to 31-60.
     */
    @Test
    void february_2017_against_the_hand_computed_matrix() {
        JsonPath report = rollRates(Map.of("from", "2017-02", "to", "2017-03", "currency", NZD));

        assertThat(report.getString("currency")).isEqualTo(NZD);
        assertThat(report.getString("basis")).isEqualTo("due");
        assertThat(report.getString("groupBy")).isNull();
        assertThat(report.getList("buckets")).isEqualTo(STANDARD);
        assertThat(report.getList("months.month")).containsExactly("2017-02", "2017-03");
        assertThat(report.getString("months[0].start")).isEqualTo("2017-01-31");
        assertThat(report.getString("months[0].end")).isEqualTo("2017-02-28");
        assertThat(report.getMap("months[0]")).doesNotContainKey("groups");
        List<Map<String, Object>> february = report.getList("months[0].rows");
        assertThat(february).extracting(r -> r.get("from"))
                .containsExactly("current", "1-30", "31-60", "61-90", "90+", "new", "reopened");

        assertRow(february.get(0), "1800.00", "0.00", "0.00", cells("0.00", "800.00", "0.00", "0.00", "0.00", "1000.00"),
                "1000.00", "0.00", "0.4444", "0.5556");
        assertRow(february.get(1), "500.00", "0.00", "0.00", cells("0.00", "0.00", "300.00", "0.00", "0.00", "200.00"),
                "200.00", "0.00", "0.6000", "0.4000");
        assertRow(february.get(2), "700.00", "0.00", "60.00", cells("0.00", "0.00", "150.00", "360.00", "0.00", "250.00"),
                "150.00", "100.00", "0.5143", "0.3571");
        assertRow(february.get(3), "0.00", "0.00", "0.00", cells("0.00", "0.00", "0.00", "0.00", "0.00", "0.00"),
                "0.00", "0.00", null, null);
        assertRow(february.get(4), "0.00", "0.00", "0.00", cells("0.00", "0.00", "0.00", "0.00", "0.00", "0.00"),
                "0.00", "0.00", null, null);
        assertRow(february.get(5), "0.00", "450.00", "0.00", cells("350.00", "60.00", "0.00", "0.00", "0.00", "40.00"),
                "40.00", "0.00", null, "0.0889");
        assertRow(february.get(6), "0.00", "0.00", "250.00", cells("0.00", "0.00", "250.00", "0.00", "0.00", "0.00"),
                "0.00", "0.00", null, null);
    }

    /**
     * March 2017. current: D and I roll to 1-30 (350.00, 1.0000). 1-30: C 800.00 to 31-60, G's 60.00 paid; 800 / 860 =
     * 0.9302, 60 / 860 = 0.0698. 31-60: B 300.00 and H 250.00 to 61-90, E's 150.00 written off; 550 / 700 = 0.7857,
     * 150 / 700 = 0.2143. 61-90: F 360.00 to 90+. Nothing new or reopened.
     */
    @Test
    void march_2017_rolls_on_and_counts_a_write_off_as_settled_but_not_paid() {
        List<Map<String, Object>> march = rollRates(Map.of("from", "2017-02", "to", "2017-03", "currency", NZD))
                .getList("months[1].rows");

        assertRow(march.get(0), "350.00", "0.00", "0.00", cells("0.00", "350.00", "0.00", "0.00", "0.00", "0.00"),
                "0.00", "0.00", "1.0000", "0.0000");
        assertRow(march.get(1), "860.00", "0.00", "0.00", cells("0.00", "0.00", "800.00", "0.00", "0.00", "60.00"),
                "60.00", "0.00", "0.9302", "0.0698");
        assertRow(march.get(2), "700.00", "0.00", "0.00", cells("0.00", "0.00", "0.00", "550.00", "0.00", "150.00"),
                "0.00", "150.00", "0.7857", "0.2143");
        assertRow(march.get(3), "360.00", "0.00", "0.00", cells("0.00", "0.00", "0.00", "0.00", "360.00", "0.00"),
                "0.00", "0.00", "1.0000", "0.0000");
        assertRow(march.get(5), "0.00", "0.00", "0.00", cells("0.00", "0.00", "0.00", "0.00", "0.00", "0.00"),
                "0.00", "0.00", null, null);
    }

    /**
     * buckets=60 gives current, 1-60 and 60+. February's 1-60 row starts with B, E and F (1200.00): B 300.00 and E 150.00
     * stay, F 360.00 rolls to 60+, 450.00 settled, 60.00 more; roll 360 / 1200 = 0.3000, settled 450 / 1200 = 0.3750.
     */
    @Test
    void takes_the_aging_buckets_asked_for() {
        JsonPath report = rollRates(Map.of("from", "2017-02", "to", "2017-02", "currency", NZD, "buckets", "60"));

        assertThat(report.getList("buckets")).containsExactly("current", "1-60", "60+");
        Map<String, Object> row = report.getMap("months[0].rows[1]");
        assertThat(row).containsEntry("from", "1-60").containsEntry("startBalance", "1200.00").containsEntry("increase", "60.00")
                .containsEntry("rollRate", "0.3000").containsEntry("settledRate", "0.3750");
        assertThat(row.get("to")).isEqualTo(Map.of("current", "0.00", "1-60", "450.00", "60+", "360.00", "settled", "450.00"));
    }

    @Test
    void groups_by_customer_as_well_as_the_whole_currency() {
        JsonPath report = rollRates(Map.of("from", "2017-02", "to", "2017-02", "currency", NZD, "groupBy", "customer"));

        assertThat(report.getString("groupBy")).isEqualTo("customer");
        assertThat(report.getList("months[0].groups.key")).containsExactly(R, S);
        Map<String, Object> newOfS = report.getMap("months[0].groups[1].rows[5]");
        assertThat(newOfS).containsEntry("from", "new").containsEntry("issued", "50.00").containsEntry("settledRate", "0.0000");
        assertThat(newOfS.get("to")).isEqualTo(cells("50.00", "0.00", "0.00", "0.00", "0.00", "0.00"));
        assertThat(report.getMap("months[0].groups[0].rows[5]")).containsEntry("issued", "400.00");
        assertThat(report.getMap("months[0].rows[5]")).containsEntry("issued", "450.00");
    }

    /**
     * The only MXN items, all of {@link #LINES}, February 2018 (days past due on 2018-01-31 / 2018-02-28): J 600.00 Tools
     * due 2018-01-21 (10 1-30 / 38 31-60), 200.00 paid 2018-02-10; K 300.00 Parts due 2018-02-09 (-9 current / 19 1-30);
     * L 100.00 without a product line, issued 2018-02-05, due 2018-03-07 (- / -7 current); M 50.00 Tools issued
     * 2018-02-12, due 2018-02-20, paid in full 2018-02-25. Keys in order: (none), Parts, Tools. Parts' current row: K
     * 300.00 rolls to 1-30 (1.0000). Tools' 1-30 row: 400.00 to 31-60, 200.00 paid; 400 / 600 = 0.6667, 200 / 600 =
     * 0.3333; its new row: M issued and paid, 50.00 settled (1.0000). (none)'s new row: L 100.00 current. The currency's
     * new row: 150.00 issued, 100.00 current, 50.00 settled (0.3333).
     */
    @Test
    void groups_by_each_items_product_line() {
        JsonPath report = rollRates(Map.of("from", "2018-02", "to", "2018-02", "currency", MXN, "groupBy", "productLine"));

        assertThat(report.getString("groupBy")).isEqualTo("productLine");
        assertThat(report.getList("months[0].groups.key")).containsExactly("(none)", "Parts", "Tools");
        List<Map<String, Object>> none = report.getList("months[0].groups[0].rows");
        assertRow(none.get(5), "0.00", "100.00", "0.00", cells("100.00", "0.00", "0.00", "0.00", "0.00", "0.00"),
                "0.00", "0.00", null, "0.0000");
        List<Map<String, Object>> parts = report.getList("months[0].groups[1].rows");
        assertRow(parts.get(0), "300.00", "0.00", "0.00", cells("0.00", "300.00", "0.00", "0.00", "0.00", "0.00"),
                "0.00", "0.00", "1.0000", "0.0000");
        List<Map<String, Object>> tools = report.getList("months[0].groups[2].rows");
        assertRow(tools.get(1), "600.00", "0.00", "0.00", cells("0.00", "0.00", "400.00", "0.00", "0.00", "200.00"),
                "200.00", "0.00", "0.6667", "0.3333");
        assertRow(tools.get(5), "0.00", "50.00", "0.00", cells("0.00", "0.00", "0.00", "0.00", "0.00", "50.00"),
                "50.00", "0.00", null, "1.0000");
        List<Map<String, Object>> currency = report.getList("months[0].rows");
        assertRow(currency.get(5), "0.00", "150.00", "0.00",
                cells("100.00", "0.00", "0.00", "0.00", "0.00", "50.00"), "50.00", "0.00", null, "0.3333");
    }

    /**
     * For every month around the example, by due and by issue date: each row's cells add up to its start balance plus what
     * was issued plus its increase; the end-bucket columns add up to the aging report at the month's end and the start
     * buckets' balances are the aging report the day before the month.
     */
    @Test
    void rows_add_up_and_columns_are_the_aging_report_at_each_end() {
        for (Map<String, String> variant : List.of(Map.of("basis", "due", "buckets", "30,60,90"),
                Map.of("basis", "issue", "buckets", "15,45"), Map.of("basis", "due", "buckets", "-10,0,20,40"))) {
            Map<String, String> parameters = new HashMap<>(variant);
            parameters.putAll(Map.of("from", "2016-11", "to", "2017-05", "currency", NZD));
            JsonPath report = rollRates(parameters);
            List<String> buckets = report.getList("buckets");
            List<Map<String, Object>> months = report.getList("months");
            assertThat(months).hasSize(7);
            for (Map<String, Object> month : months) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> rows = (List<Map<String, Object>>) month.get("rows");
                Map<String, BigDecimal> columns = new LinkedHashMap<>();
                Map<String, BigDecimal> startBalances = new LinkedHashMap<>();
                buckets.forEach(b -> columns.put(b, BigDecimal.ZERO));
                for (Map<String, Object> row : rows) {
                    @SuppressWarnings("unchecked")
                    Map<String, String> to = (Map<String, String>) row.get("to");
                    BigDecimal cells = to.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(cells).as("%s %s %s", variant, month.get("month"), row.get("from"))
                            .isEqualByComparingTo(amount(row, "startBalance").add(amount(row, "issued")).add(amount(row, "increase")));
                    buckets.forEach(b -> columns.merge(b, new BigDecimal(to.get(b)), BigDecimal::add));
                    if (buckets.contains((String) row.get("from"))) {
                        startBalances.put((String) row.get("from"), amount(row, "startBalance"));
                    }
                }
                assertThat(columns).as("%s end of %s", variant, month.get("month"))
                        .isEqualTo(agingBuckets((String) month.get("end"), variant, buckets));
                assertThat(startBalances).as("%s start of %s", variant, month.get("month"))
                        .isEqualTo(agingBuckets((String) month.get("start"), variant, buckets));
            }
        }
    }

    @Test
    void answers_csv_when_asked() {
        String csv = given().header("Authorization", TestTokens.bearer("finance")).accept("text/csv")
                .queryParam("from", "2017-02").queryParam("to", "2017-02").queryParam("currency", NZD)
                .get("/api/v1/aging/roll-rates").then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"roll-rates-NZD-2017-02-to-2017-02.csv\"")
                .extract().asString();

        assertThat(csv.split("\r\n")).hasSize(8).startsWith(
                "month,start,end,key,from,startBalance,issued,increase,current,1-30,31-60,61-90,90+,settled,paid,"
                        + "creditedOrWrittenOff,rollRate,settledRate",
                "2017-02,2017-01-31,2017-02-28,,current,1800.00,0.00,0.00,0.00,800.00,0.00,0.00,0.00,1000.00,1000.00,0.00,"
                        + "0.4444,0.5556");
        assertThat(csv).contains("\r\n2017-02,2017-01-31,2017-02-28,,new,0.00,450.00,0.00,350.00,60.00,0.00,0.00,0.00,40.00,"
                + "40.00,0.00,,0.0889\r\n");
    }

    @Test
    void a_month_without_items_of_the_currency_has_every_row_at_zero() {
        List<Map<String, Object>> rows = rollRates(Map.of("from", "2016-06", "to", "2016-06", "currency", NZD))
                .getList("months[0].rows");

        assertThat(rows).hasSize(7).allSatisfy(row -> {
            assertThat(row).containsEntry("startBalance", "0.00").containsEntry("rollRate", null).containsEntry("settledRate", null);
            assertThat(((Map<?, ?>) row.get("to")).values()).allSatisfy(v -> assertThat(v).isEqualTo("0.00"));
        });
    }

    @Test
    void refuses_bad_parameters_as_a_problem_naming_the_field() {
        refused(Map.of("from", "2017-04", "to", "2017-02", "currency", NZD), "from");
        refused(Map.of("from", "2017-13", "to", "2017-02", "currency", NZD), "from");
        refused(Map.of("to", "2017-02", "currency", NZD), "from");
        refused(Map.of("from", "2017-02", "to", "2017-2", "currency", NZD), "to");
        refused(Map.of("from", "2017-02", "to", "2017-03"), "currency");
        refused(Map.of("from", "2017-02", "to", "2017-03", "currency", "nzd"), "currency");
        refused(Map.of("from", "2017-02", "to", "2017-03", "currency", "XYZ"), "currency");
        refused(Map.of("from", "2017-02", "to", "2017-03", "currency", "NZDX"), "currency");
        refused(Map.of("from", "2015-01", "to", "2017-01", "currency", NZD), "to");
        refused(Map.of("from", "2017-02", "to", "2017-03", "currency", NZD, "buckets", "30,20"), "buckets");
        refused(Map.of("from", "2017-02", "to", "2017-03", "currency", NZD, "buckets", "-7,0,30", "basis", "issue"), "buckets");
        refused(Map.of("from", "2017-02", "to", "2017-03", "currency", NZD, "basis", "paid"), "basis");
        refused(Map.of("from", "2017-02", "to", "2017-03", "currency", NZD, "groupBy", "product_line"), "groupBy");
        refused(Map.of("from", "2017-02", "to", "2017-03", "currency", NZD, "format", "xml"), "format");
        assertThat(rollRates(Map.of("from", "2015-02", "to", "2017-01", "currency", NZD)).getList("months")).as("24 months")
                .hasSize(24);
    }

    @Test
    void admits_the_roles_that_read_aging_and_refuses_others() {
        for (String role : ROLES) {
            given().header("Authorization", TestTokens.bearer(role)).queryParams(Map.of("from", "2017-02", "to", "2017-02",
                    "currency", NZD)).get("/api/v1/aging/roll-rates").then().statusCode(200);
        }
        given().header("Authorization", TestTokens.bearer("erp-integration")).queryParams(Map.of("from", "2017-02", "to", "2017-02",
                "currency", NZD)).get("/api/v1/aging/roll-rates").then().statusCode(403);
    }

    @Test
    void refuses_a_request_without_a_token() {
        given().queryParams(Map.of("from", "2017-02", "to", "2017-02", "currency", NZD)).get("/api/v1/aging/roll-rates")
                .then().statusCode(401);
    }

    @Test
    void documents_the_formulas() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/aging/roll-rates'.get.description", containsString("rollRate = "))
                .body("paths.'/api/v1/aging/roll-rates'.get.description", containsString("sum(to) = startBalance + issued + increase"))
                .body("paths.'/api/v1/aging/roll-rates'.get.responses.'200'.content.'application/json'.examples"
                        + ".'February 2017, two of its rows'.value.months[0].rows[0].rollRate", equalTo("0.4444"));
    }

    private static void assertRow(Map<String, Object> row, String startBalance, String issued, String increase,
                                  Map<String, String> to, String paid, String creditedOrWrittenOff, String rollRate,
                                  String settledRate) {
        assertThat(row).as("row %s", row.get("from")).containsEntry("startBalance", startBalance).containsEntry("issued", issued)
                .containsEntry("increase", increase).containsEntry("rollRate", rollRate).containsEntry("settledRate", settledRate);
        assertThat(row.get("to")).as("row %s", row.get("from")).isEqualTo(to);
        assertThat(row.get("settledBy")).as("row %s", row.get("from"))
                .isEqualTo(Map.of("paid", paid, "creditedOrWrittenOff", creditedOrWrittenOff));
    }

    /** The five standard end buckets and settled, in order. */
    private static Map<String, String> cells(String... amounts) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < STANDARD.size(); i++) {
            cells.put(STANDARD.get(i), amounts[i]);
        }
        cells.put("settled", amounts[STANDARD.size()]);
        return cells;
    }

    private static BigDecimal amount(Map<String, Object> row, String field) {
        return new BigDecimal((String) row.get(field));
    }

    /** The aging report's NZD bucket totals on {@code asOf}, every bucket present (zero when nothing was open). */
    private static Map<String, BigDecimal> agingBuckets(String asOf, Map<String, String> variant, List<String> buckets) {
        JsonPath aging = given().header("Authorization", TestTokens.bearer("finance")).queryParams(variant)
                .queryParam("asOf", LocalDate.parse(asOf).toString()).queryParam("groupBy", "currency")
                .get("/api/v1/aging").then().statusCode(200).extract().jsonPath();
        Map<String, String> nzd = aging.getMap("totals.find { it.currency == 'NZD' }.amounts");
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        buckets.forEach(b -> totals.put(b, nzd == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(nzd.get(b))));
        return totals;
    }

    private static JsonPath rollRates(Map<String, String> parameters) {
        return given().header("Authorization", TestTokens.bearer("credit-analyst")).queryParams(parameters)
                .get("/api/v1/aging/roll-rates").then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    private static void refused(Map<String, String> parameters, String field) {
        given().header("Authorization", TestTokens.bearer("finance")).queryParams(parameters)
                .get("/api/v1/aging/roll-rates").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://ledgerline.io/problems/invalid-parameter")).body("field", equalTo(field));
    }
}
