package io.ledgerline.receivables.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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

    static Stream<ReceivablesEvent> events() {
        return Stream.of(
                new InvoiceIssued(INVOICE_ID, "ERP-INV-2013-000417", "INV-000417", CUSTOMER,
                        LocalDate.of(2013, 1, 2), LocalDate.of(2013, 2, 1), usd("55.90")),
                new PaymentReceived(PAYMENT_ID, "ERP-PAY-2013-000091", CUSTOMER, LocalDate.of(2013, 1, 20),
                        usd("100.00"), List.of(
                                new RequestedAllocation("INV-000417", new BigDecimal("55.90")),
                                new RequestedAllocation("INV-000418", new BigDecimal("30.00")))),
                new PaymentApplied(INVOICE_ID, "INV-000417", PAYMENT_ID, CUSTOMER,
                        LocalDate.of(2013, 1, 20), usd("55.90")),
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
                        DisputeResolved.UPHELD, CREDIT_MEMO_ID));
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
