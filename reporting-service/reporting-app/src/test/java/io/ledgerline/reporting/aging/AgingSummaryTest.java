package io.ledgerline.reporting.aging;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.reporting.metrics.LedgerFacts;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The summaries must answer exactly what summing every item answers. A random HKD ledger of 2014 (the only
 * HKD facts of the tests) is asked, by both ways, for every summed grouping, both bases and two bucket sets at
 * dates inside and at the ends of months, before and after a back-dated payment lands in a month whose
 * snapshot was already built, and after a customer arrives after its invoices and another changes region.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AgingSummaryTest {

    private static final String CURRENCY = "HKD";
    private static final List<String> AS_OF = List.of("2014-01-31", "2014-02-14", "2014-03-31", "2014-05-20", "2014-08-01",
            "2015-01-01");
    private static final List<String> BUCKETS = List.of("30,60,90", "-7,0,30,60,90,180");

    @Inject
    FindAging aging;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_summaries_answer_exactly_what_every_item_sums_to_whatever_arrives_when() throws SQLException {
        LedgerFacts ledger = new LedgerFacts(dataSource);
        ledger.profile("0914-SUMRA", "North", "retail", "ann", 1);
        ledger.profile("0914-SUMRB", "", "wholesale", "bob", 1);
        Random random = new Random(14);
        List<String> customers = List.of("0914-SUMRA", "0914-SUMRB", "0914-SUMRC", "0914-SUMRD");
        List<String> invoices = new ArrayList<>();
        for (int n = 0; n < 16; n++) {
            String customer = customers.get(n % customers.size());
            LocalDate issued = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(150));
            String amount = BigDecimal.valueOf(10_000 + random.nextInt(90_000), 2).toPlainString();
            invoices.add(ledger.issue(customer, "14" + n, amount, CURRENCY, issued.toString(), issued.plusDays(30).toString()));
            if (n % 3 == 0) {
                ledger.pay(customer, invoices.get(n), "50.00", CURRENCY, issued.plusDays(random.nextInt(60)).toString());
            }
        }
        ledger.fact("0914-SUMRA", "InvoiceCredited", """
                {"invoiceId":"%s","invoiceNumber":"INV-141","customerId":"0914-SUMRA","creditMemoId":"cm-1914",
                 "creditedOn":"2014-04-02","amount":{"amount":"20.00","currency":"HKD"}}""".formatted(invoices.get(4)));
        ledger.fact("0914-SUMRB", "DisputeOpened", """
                {"disputeId":"dp-1914","invoiceId":"%s","invoiceNumber":"INV-142","customerId":"0914-SUMRB",
                 "openedOn":"2014-03-01","amount":{"amount":"40.00","currency":"HKD"},"reason":"short delivery"}""".formatted(invoices.get(5)));
        assertSameEverywhere();
        assertThat(snapshots("2014-01-31")).as("snapshots were built and are reused").isPositive();

        ledger.pay("0914-SUMRC", invoices.get(2), "25.00", CURRENCY, "2014-01-20");
        assertThat(snapshots("2014-01-31")).as("a back-dated delta forgets the snapshots it falls into").isZero();
        assertSameEverywhere();

        ledger.profile("0914-SUMRC", "South", "retail", "ann", 1);
        ledger.profile("0914-SUMRA", "East", "retail", "carl", 2);
        ledger.profile("0914-SUMRA", "West", "retail", "dora", 1);
        assertSameEverywhere();
        AgingReport byRegion = aging.find(AgingRequest.parse("2015-01-01", "region", null, null, "due", null, LocalDate.of(2015, 1, 1)));
        assertThat(rows(byRegion)).as("a later profile moved A to East; an older one did not move it back; C arrived in South")
                .anyMatch(row -> row.startsWith("East HKD")).anyMatch(row -> row.startsWith("South HKD"))
                .noneMatch(row -> row.startsWith("West")).noneMatch(row -> row.startsWith("North"));
    }

    private void assertSameEverywhere() {
        for (String grouping : List.of("region", "customerType", "salesOwner", "currency")) {
            for (String basis : List.of("due", "issue")) {
                for (String buckets : BUCKETS) {
                    if (basis.equals("issue") && buckets.startsWith("-")) {
                        continue; // nothing is issued in the future: refused, see AgingRequestTest
                    }
                    for (String asOf : AS_OF) {
                        AgingRequest request = AgingRequest.parse(asOf, grouping, buckets, null, basis, null, LocalDate.of(2015, 1, 1));
                        assertThat(FindAgingSummary.answers(request)).isTrue();
                        assertThat(rows(aging.find(request))).as("%s by %s from %s in %s", asOf, grouping, basis, buckets)
                                .isNotEmpty().isEqualTo(rows(aging.findItemByItem(request)));
                    }
                }
            }
        }
    }

    private static List<String> rows(AgingReport report) {
        List<String> rows = new ArrayList<>();
        report.rows().stream().filter(row -> row.currency().equals(CURRENCY))
                .forEach(row -> rows.add(row.key() + " " + row.currency() + " " + row.amounts() + " " + row.total() + " " + row.disputed()));
        report.totals().stream().filter(total -> total.currency().equals(CURRENCY))
                .forEach(total -> rows.add("total " + total.amounts() + " " + total.total() + " " + total.disputed()));
        return rows;
    }

    private int snapshots(String monthEnd) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM aging_snapshot_state WHERE month_end = CAST(? AS date)")) {
            s.setString(1, monthEnd);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
