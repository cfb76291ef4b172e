package io.ledgerline.receivables.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ledgerline.receivables.api.v1.ContractSigned.ScheduledInstallment;
import io.ledgerline.receivables.api.v1.PaymentReceived.RequestedAllocation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON of every v1 event is frozen in {@code golden/v1/<type>.json}. */
class GoldenEventsTest {

    // Configured like the service's event store and Kafka envelope mappers.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String INVOICE_ID = "6f1c2a9e-3b7d-3c1e-9a4f-2d8e5b7c1a00";
    private static final String PAYMENT_ID = "0b6d7e34-52a1-3f0c-8e9d-7c4b1a2f3e10";
    private static final String CUSTOMER = "0379-NEVHP";
    private static final String CREDIT_MEMO_ID = "2a4c6e80-1b3d-3f5a-8c7e-9d0f1a2b3c40";
    private static final String DISPUTE_ID = "7d8e9f01-2a3b-4c5d-8e6f-7a8b9c0d1e20";
    private static final String CONTRACT_ID = "c0a1b2c3-d4e5-3f60-8a7b-1c2d3e4f5a60";
    private static final String DEBIT_ID = "d1e2f3a4-b5c6-3d7e-8f90-a1b2c3d4e5f6";
    private static final String FEE_INVOICE_ID = "fee0a1b2-c3d4-3e5f-8a6b-7c8d9e0f1a2b";
    private static final LateFeeClause LATE_FEE_CLAUSE = new LateFeeClause(new BigDecimal("0.0005"), 5, new BigDecimal("10"));

    static Stream<ReceivablesEvent> events() {
        return Stream.of(
                new InvoiceIssued(INVOICE_ID, "contract:" + CONTRACT_ID + ":2", "CT-2013-007-2", CUSTOMER,
                        LocalDate.of(2013, 1, 2), LocalDate.of(2013, 2, 1), usd("55.90"), InvoiceIssued.INSTALLMENT,
                        CONTRACT_ID, null, LATE_FEE_CLAUSE, null),
                new PaymentReceived(PAYMENT_ID, "ERP-PAY-2013-000091", CUSTOMER, LocalDate.of(2013, 1, 20),
                        usd("100.00"), List.of(
                                new RequestedAllocation("INV-000417", new BigDecimal("55.90")),
                                new RequestedAllocation("INV-000418", new BigDecimal("30.00"))), "INV-000419 INV-000420"),
                new PaymentApplied(INVOICE_ID, "INV-000417", PAYMENT_ID, CUSTOMER,
                        LocalDate.of(2013, 1, 20), usd("55.90"), PaymentApplied.ALLOCATION),
                new CreditMemoIssued(CREDIT_MEMO_ID, "ERP-CM-2013-000012", "CM-000012", CUSTOMER,
                        LocalDate.of(2013, 1, 25), usd("5.90"), "INV-000417", "damaged goods"),
                new InvoiceCredited(INVOICE_ID, "INV-000417", CUSTOMER, CREDIT_MEMO_ID,
                        LocalDate.of(2013, 1, 25), usd("5.90")),
                new PaymentReversed(PAYMENT_ID, "ERP-PAY-2013-000091", CUSTOMER, LocalDate.of(2013, 1, 28),
                        usd("100.00"), "insufficient funds"),
                new PaymentUnapplied(INVOICE_ID, "INV-000417", PAYMENT_ID, CUSTOMER, LocalDate.of(2013, 1, 28),
                        usd("55.90"), "insufficient funds"),
                new InvoiceWrittenOff(INVOICE_ID, "INV-000417", CUSTOMER, LocalDate.of(2013, 3, 1), usd("0.40"),
                        "residual below tolerance", true, "system"),
                new DisputeOpened(DISPUTE_ID, INVOICE_ID, "INV-000417", CUSTOMER, LocalDate.of(2013, 1, 22),
                        usd("20.00"), "short delivery"),
                new DisputeResolved(DISPUTE_ID, INVOICE_ID, "INV-000417", CUSTOMER, LocalDate.of(2013, 2, 5),
                        DisputeResolved.UPHELD, CREDIT_MEMO_ID),
                new ContractSigned(CONTRACT_ID, "ERP-CT-2013-007", "CT-2013-007", CUSTOMER, LocalDate.of(2012, 12, 1),
                        usd("300.00"), 30, new BigDecimal("10"), List.of(
                                new ScheduledInstallment(0, LocalDate.of(2012, 12, 1), LocalDate.of(2012, 12, 1), new BigDecimal("30.00"), true),
                                new ScheduledInstallment(1, LocalDate.of(2012, 12, 2), LocalDate.of(2013, 1, 1), new BigDecimal("135.00"), false),
                                new ScheduledInstallment(2, LocalDate.of(2013, 1, 2), LocalDate.of(2013, 2, 1), new BigDecimal("135.00"), false)),
                        LATE_FEE_CLAUSE),
                new ContractInstallmentInvoiced(CONTRACT_ID, CUSTOMER, 2, INVOICE_ID, "CT-2013-007-2",
                        LocalDate.of(2013, 1, 2), usd("135.00")),
                new InvoiceDebited(INVOICE_ID, "INV-000417", CUSTOMER, DEBIT_ID, "ERP-DA-2013-000003",
                        LocalDate.of(2013, 1, 10), usd("4.10"), "freight undercharged"),
                new LateFeeCharged(INVOICE_ID, "INV-000417", CUSTOMER, FEE_INVOICE_ID, "INV-000417-LF20130310",
                        LocalDate.of(2013, 3, 10), usd("0.56"), usd("0.84")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void writes_the_golden_json(ReceivablesEvent event) throws IOException {
        assertThat((JsonNode) MAPPER.valueToTree(event)).isEqualTo(golden(event.getClass()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void reads_the_golden_json_back(ReceivablesEvent event) throws IOException {
        assertThat(MAPPER.treeToValue(golden(event.getClass()), event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void ignores_fields_it_does_not_know(ReceivablesEvent event) throws IOException {
        JsonNode withExtra = golden(event.getClass()).deepCopy();
        ((ObjectNode) withExtra).put("addedLater", "optional");
        assertThat(MAPPER.treeToValue(withExtra, event.getClass())).isEqualTo(event);
    }

    /** Optional fields were added to v1 later; messages written before them still read, with the fields absent. */
    @org.junit.jupiter.api.Test
    void reads_v1_messages_written_before_the_optional_fields() throws IOException {
        InvoiceIssued invoice = MAPPER.readValue("""
                {"invoiceId":"i-1","externalId":"E-1","invoiceNumber":"INV-1","customerId":"C-1","issueDate":"2013-01-02",
                 "dueDate":"2013-02-01","amount":{"amount":"55.90","currency":"USD"}}""", InvoiceIssued.class);
        assertThat(invoice).isEqualTo(new InvoiceIssued("i-1", "E-1", "INV-1", "C-1", LocalDate.of(2013, 1, 2),
                LocalDate.of(2013, 2, 1), usd("55.90")));
        PaymentApplied applied = MAPPER.readValue("""
                {"invoiceId":"i-1","invoiceNumber":"INV-1","paymentId":"p-1","customerId":"C-1","appliedOn":"2013-01-20",
                 "amount":{"amount":"55.90","currency":"USD"}}""", PaymentApplied.class);
        assertThat(applied.method()).isNull();
        PaymentReceived received = MAPPER.readValue("""
                {"paymentId":"p-1","externalId":"E-P","customerId":"C-1","receivedDate":"2013-01-20",
                 "amount":{"amount":"55.90","currency":"USD"},"allocations":[]}""", PaymentReceived.class);
        assertThat(received.remittanceReference()).isNull();
    }

    /** productLine was added to v1 later: written only when the item has one, read as null when absent. */
    @org.junit.jupiter.api.Test
    void round_trips_an_invoice_with_a_product_line_and_reads_one_without_as_null() throws IOException {
        InvoiceIssued withLine = new InvoiceIssued("i-2", "E-2", "INV-2", "C-1", LocalDate.of(2013, 1, 2),
                LocalDate.of(2013, 2, 1), usd("55.90"), null, null, null, null, "Spare parts");
        JsonNode written = MAPPER.valueToTree(withLine);
        assertThat(written.path("productLine").asText()).isEqualTo("Spare parts");
        assertThat(written.has("itemType")).isFalse();
        assertThat(MAPPER.treeToValue(written, InvoiceIssued.class)).isEqualTo(withLine);

        InvoiceIssued without = MAPPER.readValue("""
                {"invoiceId":"i-1","externalId":"E-1","invoiceNumber":"INV-1","customerId":"C-1","issueDate":"2013-01-02",
                 "dueDate":"2013-02-01","amount":{"amount":"55.90","currency":"USD"},"itemType":"INVOICE"}""", InvoiceIssued.class);
        assertThat(without.productLine()).isNull();
        assertThat(((JsonNode) MAPPER.valueToTree(without)).has("productLine")).isFalse();
    }

    private static JsonNode golden(Class<?> type) throws IOException {
        String name = type.getAnnotation(JsonTypeName.class).value();
        try (InputStream in = GoldenEventsTest.class.getResourceAsStream("/golden/v1/" + name + ".json")) {
            assertThat(in).as("golden file for %s", name).isNotNull();
            return MAPPER.readTree(in);
        }
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), "USD");
    }
}
