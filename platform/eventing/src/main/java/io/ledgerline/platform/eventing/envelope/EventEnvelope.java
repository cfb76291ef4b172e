package io.ledgerline.platform.eventing.envelope;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored event as it travels on Kafka: CloudEvents attributes plus the event's JSON body.
 * The Kafka record key is {@link #customerId()}, so all of a customer's events keep their order; an
 * event that names no customer (e.g. a sales team's) has no customer id and is keyed by its {@link #subject()}.
 *
 * @param id            the event's unique id (Axon's event identifier); consumers dedupe on it
 * @param source        the publishing service, e.g. {@code ledgerline/receivables}
 * @param type          the contract name with its version, e.g. {@code ledgerline.receivables.InvoiceIssued.v1}
 * @param subject       the aggregate id the event belongs to
 * @param time          when the event was recorded (UTC)
 * @param customerId    the customer the event is about (also the Kafka key); null when it is about none
 * @param sequence      the event's sequence number within its aggregate
 * @param schemaVersion the version of {@code data}'s shape, e.g. {@code 1}
 * @param data          the event body
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(
        @JsonProperty("id") String id,
        @JsonProperty("source") String source,
        @JsonProperty("type") String type,
        @JsonProperty("subject") String subject,
        @JsonProperty("time") Instant time,
        @JsonProperty("customerid") String customerId,
        @JsonProperty("sequence") long sequence,
        @JsonProperty("schemaversion") String schemaVersion,
        @JsonProperty("data") JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    @JsonProperty("specversion")
    public String specVersion() {
        return SPEC_VERSION;
    }

    @JsonProperty("datacontenttype")
    public String dataContentType() {
        return CONTENT_TYPE;
    }
}
