package io.ledgerline.reporting.customer;

import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.projection.Projection;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Keeps each customer's latest profile as report dimensions. A profile never replaces a later one
 * of the same customer (by the envelope's sequence), so a redelivered older event changes nothing.
 */
@Singleton
public class CustomerProjection implements Projection {

    public static final String NAME = "reporting.customers";
    /** {@code CustomerTopics.EVENTS} of customer-api; reporting reads the topic, not the module. */
    public static final String TOPIC = "ledgerline.customer.events";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of(TOPIC);
    }

    @Override
    public List<String> tables() {
        return List.of("customer_dimension");
    }

    @Override
    public void apply(Connection tx, EventEnvelope event) throws SQLException {
        Optional<CustomerDimension> profile = CustomerDimension.from(event);
        if (profile.isPresent()) {
            store(tx, profile.get());
        }
        // Contacts, lifecycle and risk signals are no grouping dimension (yet); other types are ignored.
    }

    private static void store(Connection tx, CustomerDimension customer) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO customer_dimension (customer_id, legal_name, region, customer_type, sales_owner, sequence)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (customer_id) DO UPDATE
                SET legal_name = excluded.legal_name, region = excluded.region, customer_type = excluded.customer_type,
                    sales_owner = excluded.sales_owner, sequence = excluded.sequence
                WHERE customer_dimension.sequence <= excluded.sequence""")) {
            s.setString(1, customer.customerId());
            s.setString(2, customer.legalName());
            s.setString(3, customer.region());
            s.setString(4, customer.customerType());
            s.setString(5, customer.salesOwner());
            s.setLong(6, customer.sequence());
            s.executeUpdate();
        }
    }
}
