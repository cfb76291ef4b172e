package io.ledgerline.reporting.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerDimensionTest {

    @Test
    void a_registration_gives_the_grouping_attributes() {
        CustomerDimension customer = CustomerDimension.from(envelope("ledgerline.customer.CustomerRegistered.v1", 0, """
                {"customerId":"0379-NEVHP","legalName":"Nevada Hops Ltd","registrationId":"91-0379",
                 "registeredCapital":{"amount":"1000000.00","currency":"USD"},"foundingDate":"2001-04-01",
                 "ownershipType":"PRIVATE","industry":"Brewing","region":"EMEA","customerType":"DISTRIBUTOR",
                 "salesOwner":"j.doe","tags":["key-account"],"lifecycle":"ACTIVE"}""")).orElseThrow();

        assertThat(customer).isEqualTo(new CustomerDimension("0379-NEVHP", "Nevada Hops Ltd", "EMEA", "DISTRIBUTOR", "j.doe", 0));
    }

    @Test
    void a_profile_update_is_a_full_snapshot_and_blank_means_absent() {
        CustomerDimension customer = CustomerDimension.from(envelope("ledgerline.customer.CustomerProfileUpdated.v1", 3, """
                {"customerId":"0379-NEVHP","legalName":"Nevada Hops Ltd","region":"APAC","customerType":"",
                 "salesOwner":null,"tags":[]}""")).orElseThrow();

        assertThat(customer).isEqualTo(new CustomerDimension("0379-NEVHP", "Nevada Hops Ltd", "APAC", null, null, 3));
    }

    @Test
    void contacts_lifecycle_and_risk_signals_are_no_dimension() {
        assertThat(CustomerDimension.from(envelope("ledgerline.customer.CustomerLifecycleChanged.v1", 4, """
                {"customerId":"0379-NEVHP","from":"ACTIVE","to":"ON_HOLD","reason":"overdue","changedOn":"2014-02-01"}""")))
                .isEmpty();
    }

    /** What customer-api freezes as its published JSON is what this read model reads. */
    @Test
    void reads_the_published_golden_json_of_both_profile_events() throws IOException {
        for (String type : CustomerDimension.PROFILE_TYPES) {
            String golden = Files.readString(Path.of("../../customer-service/customer-api/src/test/resources/golden/v1", type + ".json"));
            CustomerDimension customer = CustomerDimension.from(envelope(type, 0, golden)).orElseThrow();
            assertThat(customer.customerId()).as(type).isNotBlank();
            assertThat(customer.region()).as(type).isNotBlank();
            assertThat(customer.customerType()).as(type).isNotBlank();
            assertThat(customer.salesOwner()).as(type).isNotBlank();
        }
    }

    private static EventEnvelope envelope(String type, long sequence, String data) {
        return new EventEnvelope("evt-" + sequence, "ledgerline/customer", type, "0379-NEVHP", Instant.parse("2014-02-01T09:00:00Z"),
                "0379-NEVHP", sequence, "1", json(data));
    }

    private static JsonNode json(String text) {
        try {
            return EnvelopeCodec.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
