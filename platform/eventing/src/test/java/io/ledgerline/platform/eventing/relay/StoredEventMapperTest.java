package io.ledgerline.platform.eventing.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

/** Rows as Debezium captures them from {@code domain_event_entry}, and the envelope and key they become. */
class StoredEventMapperTest {

    private static final Schema ROW = SchemaBuilder.struct()
            .field("event_identifier", Schema.STRING_SCHEMA)
            .field("payload", Schema.BYTES_SCHEMA)
            .field("payload_type", Schema.STRING_SCHEMA)
            .field("aggregate_identifier", Schema.STRING_SCHEMA)
            .field("time_stamp", Schema.STRING_SCHEMA)
            .field("sequence_number", Schema.INT64_SCHEMA)
            .build();
    private static final Schema SOURCE = SchemaBuilder.struct().field("table", Schema.STRING_SCHEMA).build();
    private static final Schema CHANGE = SchemaBuilder.struct().field("after", ROW).field("source", SOURCE).build();

    private final StoredEventMapper mapper = new StoredEventMapper("ledgerline/customer");

    @Test
    void an_event_about_a_customer_carries_its_id_and_is_keyed_by_it() {
        EventEnvelope envelope = mapper.map(stored("0379-NEVHP", "ledgerline.customer.CustomerRegistered.v1",
                "{\"customerId\":\"0379-NEVHP\",\"legalName\":\"Nevhp\"}")).orElseThrow();

        assertThat(envelope.customerId()).isEqualTo("0379-NEVHP");
        assertThat(StoredEventMapper.key(envelope)).isEqualTo("0379-NEVHP");
    }

    @Test
    void an_event_about_no_customer_has_no_customer_id_and_is_keyed_by_its_aggregate() {
        EventEnvelope envelope = mapper.map(stored("sales-team/east", "ledgerline.customer.SalesTeamDefined.v1",
                "{\"teamId\":\"east\",\"name\":\"East\",\"members\":[\"wang.li\"]}")).orElseThrow();

        assertThat(envelope.customerId()).isNull();
        assertThat(envelope.subject()).isEqualTo("sales-team/east");
        assertThat(StoredEventMapper.key(envelope)).isEqualTo("sales-team/east");
    }

    private static Struct stored(String aggregate, String type, String json) {
        Struct row = new Struct(ROW)
                .put("event_identifier", "evt-" + aggregate)
                .put("payload", json.getBytes(StandardCharsets.UTF_8))
                .put("payload_type", type)
                .put("aggregate_identifier", aggregate)
                .put("time_stamp", "2026-11-02T09:00:00Z")
                .put("sequence_number", 0L);
        return new Struct(CHANGE).put("after", row).put("source", new Struct(SOURCE).put("table", StoredEventMapper.EVENT_TABLE));
    }
}
