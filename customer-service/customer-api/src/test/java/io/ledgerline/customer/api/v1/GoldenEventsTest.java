package io.ledgerline.customer.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON of every v1 event (customer and sales performance events) is frozen in {@code golden/v1/<type>.json}. */
class GoldenEventsTest {

    // Configured like the service's event store and Kafka envelope mappers.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String CUSTOMER = "0379-NEVHP";
    private static final Money CAPITAL = new Money(new BigDecimal("5000000.00"), "CNY");

    static Stream<Record> events() {
        return Stream.of(
                new CustomerRegistered(CUSTOMER, "Nevhp Trading Co., Ltd.", "91310000MA1FL0XX0X", CAPITAL,
                        LocalDate.of(2009, 6, 15), "PRIVATE", "WHOLESALE", "EAST", "DISTRIBUTOR", "wang.li",
                        List.of("key-account", "export"), "ACTIVE"),
                new CustomerProfileUpdated(CUSTOMER, "Nevhp Trading Group Co., Ltd.", "91310000MA1FL0XX0X", CAPITAL,
                        LocalDate.of(2009, 6, 15), "PRIVATE", "WHOLESALE", "NORTH", "DISTRIBUTOR", "zhao.min",
                        List.of("key-account")),
                new CustomerContactsChanged(CUSTOMER, List.of(
                        new Contact("Chen Jing", "finance", "chen.jing@nevhp.example", "+86 21 5555 0101"),
                        new Contact("Liu Yang", "purchasing", null, "+86 21 5555 0102"))),
                new CustomerLifecycleChanged(CUSTOMER, "ACTIVE", "ON_HOLD", "payment behaviour under review",
                        LocalDate.of(2013, 3, 1)),
                new RiskSignalRecorded(CUSTOMER, "1b4e28ba-2fa1-31d2-883f-0016d3cca427", "JUDICIAL_RECORD",
                        "court-registry", LocalDate.of(2013, 2, 20), "HIGH", "contract dispute filed by a supplier",
                        "CR-2013-000881"),
                new SalesTeamDefined("east-distribution", "East distribution", List.of("wang.li", "zhao.min")),
                new CollectionTargetSet("2026-Q4/team/east-distribution", "2026-Q4", "team", "east-distribution", "CNY",
                        new BigDecimal("150000.00"), new BigDecimal("0.15"), new BigDecimal("45"), "liu.fang"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void writes_the_golden_json(Record event) throws IOException {
        assertThat((JsonNode) MAPPER.valueToTree(event)).isEqualTo(golden(event.getClass()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void reads_the_golden_json_back(Record event) throws IOException {
        assertThat(MAPPER.treeToValue(golden(event.getClass()), event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void ignores_fields_it_does_not_know(Record event) throws IOException {
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
}
