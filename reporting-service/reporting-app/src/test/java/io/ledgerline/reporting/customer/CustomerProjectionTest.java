package io.ledgerline.reporting.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.agroal.api.AgroalDataSource;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The projection against the real tables, without Kafka: what a late or repeated profile does. */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class CustomerProjectionTest {

    private static final String CUSTOMER = "0701-SEQNC";

    @Inject
    CustomerProjection projection;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void an_older_profile_never_replaces_a_newer_one() throws SQLException {
        apply(profile("CustomerRegistered", 0, "EAST"));
        apply(profile("CustomerProfileUpdated", 2, "NORTH"));
        apply(profile("CustomerProfileUpdated", 1, "WEST"));
        assertThat(region()).isEqualTo("NORTH");

        apply(profile("CustomerProfileUpdated", 3, "SOUTH"));
        assertThat(region()).isEqualTo("SOUTH");
    }

    private void apply(EventEnvelope event) throws SQLException {
        try (Connection tx = dataSource.getConnection()) {
            projection.apply(tx, event);
        }
    }

    private String region() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT region FROM customer_dimension WHERE customer_id = ?")) {
            s.setString(1, CUSTOMER);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static EventEnvelope profile(String name, long sequence, String region) {
        return new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/customer", "ledgerline.customer." + name + ".v1",
                CUSTOMER, Instant.parse("2015-01-02T09:00:00Z"), CUSTOMER, sequence, "1",
                JsonNodeFactory.instance.objectNode().put("customerId", CUSTOMER).put("legalName", "Sequence Test Ltd")
                        .put("region", region).put("customerType", "RETAIL").put("salesOwner", "a.smith"));
    }
}
