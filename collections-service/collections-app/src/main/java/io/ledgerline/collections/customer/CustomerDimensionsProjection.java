package io.ledgerline.collections.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.projection.Projection;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Whom dunning involves at each customer, from {@code ledgerline.customer.events}: its legal name and sales owner
 * ({@code CustomerRegistered.v1}, {@code CustomerProfileUpdated.v1}) and its finance contact, the first contact whose role
 * is {@code finance}, with its email and, when the contact states one, its {@code language}
 * ({@code CustomerContactsChanged.v1}). An older event never replaces a newer one (by the envelope's sequence).
 */
@Singleton
public class CustomerDimensionsProjection implements Projection {

    public static final String NAME = "collections.customer-dimensions";
    /** {@code CustomerTopics.EVENTS} of customer-api; collections-service reads the topic's JSON, not the module. */
    public static final String TOPIC = "ledgerline.customer.events";
    static final String FINANCE_ROLE = "finance";

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

    /** One row per customer, each part written only by a newer event: a repeat changes nothing. */
    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public void apply(Connection tx, EventEnvelope event) throws SQLException {
        switch (event.type()) {
            case "ledgerline.customer.CustomerRegistered.v1", "ledgerline.customer.CustomerProfileUpdated.v1" -> profile(tx, event);
            case "ledgerline.customer.CustomerContactsChanged.v1" -> contacts(tx, event);
            default -> {
                // lifecycle, risk signals and sales teams do not decide whom dunning involves; unknown types are ignored
            }
        }
    }

    private static void profile(Connection tx, EventEnvelope event) throws SQLException {
        JsonNode d = event.data();
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO customer_dimension (customer_id, legal_name, sales_owner, profile_sequence) VALUES (?, ?, ?, ?)
                ON CONFLICT (customer_id) DO UPDATE
                SET legal_name = excluded.legal_name, sales_owner = excluded.sales_owner, profile_sequence = excluded.profile_sequence
                WHERE customer_dimension.profile_sequence IS NULL OR customer_dimension.profile_sequence <= excluded.profile_sequence""")) {
            s.setString(1, d.path("customerId").asText());
            s.setString(2, text(d, "legalName"));
            s.setString(3, text(d, "salesOwner"));
            s.setLong(4, event.sequence());
            s.executeUpdate();
        }
    }

    private static void contacts(Connection tx, EventEnvelope event) throws SQLException {
        JsonNode d = event.data();
        JsonNode finance = null;
        for (JsonNode contact : d.path("contacts")) {
            String role = text(contact, "role");
            if (role != null && role.strip().toLowerCase(Locale.ROOT).equals(FINANCE_ROLE)) {
                finance = contact;
                break;
            }
        }
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO customer_dimension (customer_id, finance_name, finance_email, finance_language, contacts_sequence)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (customer_id) DO UPDATE
                SET finance_name = excluded.finance_name, finance_email = excluded.finance_email,
                    finance_language = excluded.finance_language, contacts_sequence = excluded.contacts_sequence
                WHERE customer_dimension.contacts_sequence IS NULL OR customer_dimension.contacts_sequence <= excluded.contacts_sequence""")) {
            s.setString(1, d.path("customerId").asText());
            s.setString(2, finance == null ? null : text(finance, "name"));
            s.setString(3, finance == null ? null : text(finance, "email"));
            s.setString(4, finance == null ? null : text(finance, "language"));
            s.setLong(5, event.sequence());
            s.executeUpdate();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
