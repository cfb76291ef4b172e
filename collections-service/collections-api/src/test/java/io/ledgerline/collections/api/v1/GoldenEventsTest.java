package io.ledgerline.collections.api.v1;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON of every v1 event is frozen in {@code golden/v1/<type>.json}. */
class GoldenEventsTest {

    // Configured like the services' event store and Kafka envelope mappers.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String CUSTOMER = "0379-NEVHP";

    static Stream<CollectionsEvent> events() {
        return Stream.of(
                new TradingRestrictionRequested(CUSTOMER, "7c9e6679-0000-4000-8000-000000000005", "CASE-2013-0007",
                        LocalDate.of(2013, 3, 15), TradingRestrictionRequested.COLLECTIONS_SERVICE, TradingRestrictionRequested.LEGAL,
                        "90 days past due: the dunning ladder reached legal action",
                        List.of(new Money(new BigDecimal("55000.00"), "CNY"), new Money(new BigDecimal("1200.50"), "USD"))));
    }

    @Test
    void every_event_type_has_a_golden_case() {
        assertThat(events().map(Object::getClass).distinct().toList())
                .containsExactlyInAnyOrder(CollectionsEvent.class.getPermittedSubclasses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void writes_the_golden_json(CollectionsEvent event) throws IOException {
        assertThat((JsonNode) MAPPER.valueToTree(event)).isEqualTo(golden(event.getClass()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void reads_the_golden_json_back(CollectionsEvent event) throws IOException {
        assertThat(MAPPER.treeToValue(golden(event.getClass()), event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void ignores_fields_it_does_not_know(CollectionsEvent event) throws IOException {
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
