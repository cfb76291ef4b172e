package io.ledgerline.reporting.aging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.Money;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The projection against the real tables, without Kafka: facts folded in the worst order still age right. */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AgingProjectionTest {

    private static final String CUSTOMER = "0702-ORDER";

    @Inject
    AgingProjection projection;

    @Inject
    FindAging findAging;

    @Inject
    FindAgingItems findAgingItems;

    @Inject
    AgroalDataSource dataSource;

    /** The only SEK invoice, issued 2015-01-02 and due 2015-02-01; its dispute resolved is folded before it was opened. */
    @Test
    void a_dispute_resolved_before_it_was_opened_and_before_its_invoice_counts_between_its_dates() throws SQLException {
        String invoice = UUID.randomUUID().toString();
        String dispute = UUID.randomUUID().toString();
        apply("DisputeResolved", """
                {"disputeId":"%s","invoiceId":"%s","invoiceNumber":"0000000702","customerId":"%s","resolvedOn":"2015-02-20",
                 "outcome":"REJECTED","creditMemoId":null}""".formatted(dispute, invoice, CUSTOMER));
        apply("DisputeOpened", """
                {"disputeId":"%s","invoiceId":"%s","invoiceNumber":"0000000702","customerId":"%s","openedOn":"2015-02-03",
                 "amount":{"amount":"100.00","currency":"SEK"},"reason":"price"}""".formatted(dispute, invoice, CUSTOMER));
        apply(AgingProjection.INVOICE_ISSUED,
                EnvelopeCodec.mapper().valueToTree(new InvoiceIssued(invoice, "INV-702", "0000000702", CUSTOMER,
                        LocalDate.parse("2015-01-02"), LocalDate.parse("2015-02-01"), new Money(new BigDecimal("500.00"), "SEK"))));

        assertThat(sek("2015-02-02").disputed()).isEqualTo("0.00");
        assertThat(sek("2015-02-10").disputed()).isEqualTo("100.00");
        assertThat(sek("2015-02-10").total()).isEqualTo("500.00");
        assertThat(sek("2015-02-20").disputed()).isEqualTo("0.00");
    }

    /** The only NOK items: an invoice of 100.00 due 2016-02-01, debited 20.00 on 2016-02-15, and its late fee of 5.00. */
    @Test
    void a_debit_counts_from_its_date_and_a_late_fee_ages_like_an_invoice_of_its_own_type() throws SQLException {
        String invoice = UUID.randomUUID().toString();
        String fee = UUID.randomUUID().toString();
        apply("InvoiceDebited", """
                {"invoiceId":"%s","invoiceNumber":"0000000703","customerId":"%s","debitId":"%s","externalId":"DA-703",
                 "debitedOn":"2016-02-15","amount":{"amount":"20.00","currency":"NOK"},"reason":"freight undercharged"}"""
                .formatted(invoice, CUSTOMER, UUID.randomUUID()));
        apply(AgingProjection.INVOICE_ISSUED,
                EnvelopeCodec.mapper().valueToTree(new InvoiceIssued(invoice, "INV-703", "0000000703", CUSTOMER,
                        LocalDate.parse("2016-01-02"), LocalDate.parse("2016-02-01"), new Money(new BigDecimal("100.00"), "NOK"))));
        apply("LateFeeCharged", golden("LateFeeCharged"));
        apply("ContractSigned", golden("ContractSigned"));
        apply("ContractInstallmentInvoiced", golden("ContractInstallmentInvoiced"));
        apply(AgingProjection.INVOICE_ISSUED,
                EnvelopeCodec.mapper().valueToTree(new InvoiceIssued(fee, "FEE-703", "0000000703-F1", CUSTOMER,
                        LocalDate.parse("2016-03-01"), LocalDate.parse("2016-03-01"), new Money(new BigDecimal("5.00"), "NOK"),
                        InvoiceIssued.LATE_FEE, null, invoice, null, null)));

        assertThat(nok("2016-02-14", null).total()).isEqualTo("100.00");
        assertThat(nok("2016-02-15", null).total()).isEqualTo("120.00");
        assertThat(nok("2016-03-01", null).total()).isEqualTo("125.00");
        assertThat(nok("2016-03-01", InvoiceIssued.LATE_FEE).total()).isEqualTo("5.00");
        assertThat(nok("2016-03-01", InvoiceIssued.LATE_FEE).amounts().get("current")).isEqualTo("5.00");
        assertThat(nok("2016-03-01", InvoiceIssued.INVOICE).amounts().get("1-30")).isEqualTo("120.00");

        AgingReport byType = findAging.find(AgingRequest.parse("2016-03-01", "itemType", null, LocalDate.parse("2016-03-01")));
        assertThat(byType.rows()).filteredOn(r -> r.currency().equals("NOK"))
                .extracting(AgingReport.Row::key, AgingReport.Row::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INVOICE", "120.00"),
                        org.assertj.core.groups.Tuple.tuple("LATE_FEE", "5.00"));
    }

    /**
     * The only HUF invoice: 1000 issued 2017-01-02, due 2017-02-01, recorded 2017-01-02; 400 of it applied as of 2017-02-10
     * but recorded 2017-03-01; 200 disputed as of 2017-02-05 (recorded 2017-02-05), resolved as of 2017-02-20 but
     * recorded 2017-03-02. HUF has 2 minor digits in ISO 4217.
     */
    @Test
    void each_fact_keeps_when_the_ledger_recorded_it_next_to_when_it_takes_effect() throws SQLException {
        String invoice = UUID.randomUUID().toString();
        String dispute = UUID.randomUUID().toString();
        apply(AgingProjection.INVOICE_ISSUED, EnvelopeCodec.mapper().valueToTree(new InvoiceIssued(invoice, "INV-704", "0000000704",
                CUSTOMER, LocalDate.parse("2017-01-02"), LocalDate.parse("2017-02-01"), new Money(new BigDecimal("1000"), "HUF"))),
                Instant.parse("2017-01-02T08:00:00Z"));
        apply("DisputeOpened", """
                {"disputeId":"%s","invoiceId":"%s","invoiceNumber":"0000000704","customerId":"%s","openedOn":"2017-02-05",
                 "amount":{"amount":"200","currency":"HUF"},"reason":"price"}""".formatted(dispute, invoice, CUSTOMER),
                Instant.parse("2017-02-05T08:00:00Z"));
        apply("PaymentApplied", """
                {"invoiceId":"%s","invoiceNumber":"0000000704","paymentId":"%s","customerId":"%s","appliedOn":"2017-02-10",
                 "amount":{"amount":"400","currency":"HUF"}}""".formatted(invoice, UUID.randomUUID(), CUSTOMER),
                Instant.parse("2017-03-01T08:00:00Z"));
        apply("DisputeResolved", """
                {"disputeId":"%s","invoiceId":"%s","invoiceNumber":"0000000704","customerId":"%s","resolvedOn":"2017-02-20",
                 "outcome":"REJECTED","creditMemoId":null}""".formatted(dispute, invoice, CUSTOMER),
                Instant.parse("2017-03-02T08:00:00Z"));

        try (Connection c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("""
                SELECT m.effective_on, m.recorded_at, d.opened_recorded_at, d.resolved_recorded_at
                FROM item_movement m JOIN item_dispute d ON d.invoice_id = m.invoice_id
                WHERE m.invoice_id = '%s'""".formatted(invoice))) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getDate("effective_on").toLocalDate()).hasToString("2017-02-10");
            assertThat(rs.getTimestamp("recorded_at").toInstant()).isEqualTo(Instant.parse("2017-03-01T08:00:00Z"));
            assertThat(rs.getTimestamp("opened_recorded_at").toInstant()).isEqualTo(Instant.parse("2017-02-05T08:00:00Z"));
            assertThat(rs.getTimestamp("resolved_recorded_at").toInstant()).isEqualTo(Instant.parse("2017-03-02T08:00:00Z"));
        }

        // as of 2017-02-28 (27 days past due): 1000 - 400 = 600 open now, 1000 as known before the payment was recorded
        assertThat(huf("2017-02-28", null).total()).isEqualTo("600.00");
        assertThat(huf("2017-02-28", null).disputed()).isEqualTo("0.00");
        assertThat(huf("2017-02-28", "2017-03-01T07:59:59Z").total()).isEqualTo("1000.00");
        assertThat(huf("2017-02-28", "2017-03-01T07:59:59Z").disputed()).as("resolution not recorded yet").isEqualTo("200.00");
        assertThat(huf("2017-02-28", "2017-03-01T08:00:00Z").total()).isEqualTo("600.00");
        assertThat(huf("2017-02-28", "2017-03-01T08:00:00Z").disputed()).isEqualTo("200.00");
        assertThat(huf("2017-02-28", "2017-03-02T08:00:00Z").disputed()).isEqualTo("0.00");
        assertThat(huf("2017-02-06", null).disputed()).isEqualTo("200.00");
        assertThat(huf("2017-02-06", "2017-02-05T07:00:00Z").disputed()).as("opening not recorded yet").isEqualTo("0.00");

        // by issue date (57 days since issue on 2017-02-28), and drilled down as known before the payment
        AgingRequest byIssue = AgingRequest.parse("2017-02-28", "currency", null, null, "issue", "2017-03-01T07:59:59Z",
                LocalDate.parse("2017-02-28"));
        AgingReport.Row row = findAging.find(byIssue).rows().stream().filter(r -> r.currency().equals("HUF")).findFirst().orElseThrow();
        assertThat(row.amounts().get("31-60")).isEqualTo("1000.00");
        AgingItems items = findAgingItems.find(AgingItemsRequest.parse(byIssue, "HUF", "HUF", "31-60", null, null));
        assertThat(items.open()).isEqualTo("1000.00");
        assertThat(items.disputed()).isEqualTo("200.00");
        assertThat(items.items()).singleElement().satisfies(item -> {
            assertThat(item.daysPastDue()).isEqualTo(27);
            assertThat(item.daysSinceIssue()).isEqualTo(57);
            assertThat(item.open()).isEqualTo("1000.00");
            assertThat(item.bucket()).isEqualTo("31-60");
        });
    }

    private AgingReport.Row huf(String asOf, String knownAt) {
        return findAging.find(AgingRequest.parse(asOf, "currency", null, null, null, knownAt, LocalDate.parse(asOf))).rows().stream()
                .filter(r -> r.currency().equals("HUF")).findFirst().orElseThrow();
    }

    private AgingReport.Row nok(String asOf, String itemType) {
        return findAging.find(AgingRequest.parse(asOf, "currency", null, itemType, LocalDate.parse(asOf))).rows().stream()
                .filter(r -> r.currency().equals("NOK")).findFirst().orElseThrow();
    }

    private static String golden(String name) {
        try {
            return Files.readString(Path.of("../../receivables-service/receivables-api/src/test/resources/golden/v1",
                    "ledgerline.receivables." + name + ".v1.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AgingReport.Row sek(String asOf) {
        return findAging.find(AgingRequest.parse(asOf, "currency", null, LocalDate.parse(asOf))).rows().stream()
                .filter(r -> r.currency().equals("SEK")).findFirst().orElseThrow();
    }

    private void apply(String name, String data) throws SQLException {
        try {
            apply("ledgerline.receivables." + name + ".v1", EnvelopeCodec.mapper().readTree(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void apply(String type, JsonNode data) throws SQLException {
        apply(type, data, Instant.parse("2015-01-02T09:00:00Z"));
    }

    private void apply(String name, String data, Instant recordedAt) throws SQLException {
        try {
            apply("ledgerline.receivables." + name + ".v1", EnvelopeCodec.mapper().readTree(data), recordedAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void apply(String type, JsonNode data, Instant recordedAt) throws SQLException {
        try (Connection tx = dataSource.getConnection()) {
            projection.apply(tx, new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/receivables", type, CUSTOMER,
                    recordedAt, CUSTOMER, 0, "1", data));
        }
    }
}
