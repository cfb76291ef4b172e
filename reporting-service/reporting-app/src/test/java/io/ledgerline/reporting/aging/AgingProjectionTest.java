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
                        InvoiceIssued.LATE_FEE, null, invoice, null)));

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
        try (Connection tx = dataSource.getConnection()) {
            projection.apply(tx, new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/receivables", type, CUSTOMER,
                    Instant.parse("2015-01-02T09:00:00Z"), CUSTOMER, 0, "1", data));
        }
    }
}
