package io.ledgerline.customer.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.ledgerline.customer.customer.CustomerCommand.RecordRiskSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The service's own read of each customer ({@code customer_view}), kept in the transaction that
 * stores the customer's events, so reads never wait for Kafka.
 */
@ApplicationScoped
public class CustomerView {

    /** How a customer was first registered: a repeat is compared by hash and gets the same answer. */
    public record Registration(String contentHash, String response) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    public Optional<ObjectNode> find(String customerId) {
        return read("SELECT view FROM customer_view WHERE customer_id = ?", customerId).map(this::parse);
    }

    /** Reads the view and locks its row until the transaction ends, so changes to one customer queue up. */
    public Optional<ObjectNode> findForUpdate(String customerId) {
        return read("SELECT view FROM customer_view WHERE customer_id = ? FOR UPDATE", customerId).map(this::parse);
    }

    public Optional<Registration> registration(String customerId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT registration_hash, registration_response FROM customer_view WHERE customer_id = ?")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Registration(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read customer " + customerId, e);
        }
    }

    /** The view of a customer just registered: its profile and lifecycle, no contacts or signals yet. */
    public ObjectNode registered(String customerId, Profile profile, Lifecycle lifecycle) {
        ObjectNode view = json.createObjectNode();
        view.put("customerId", customerId);
        withProfile(view, profile);
        view.putArray("contacts");
        view.put("lifecycle", lifecycle.name());
        view.putArray("riskSignals");
        return view;
    }

    public void insert(String customerId, String contentHash, ObjectNode view) {
        String text = write(view);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO customer_view "
                     + "(customer_id, registration_hash, registration_response, view, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, customerId);
            s.setString(2, contentHash);
            s.setString(3, text);
            s.setString(4, text);
            s.setTimestamp(5, Timestamp.from(clock.instant()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record customer " + customerId, e);
        }
    }

    public void update(String customerId, ObjectNode view) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE customer_view SET view = ?, updated_at = ? WHERE customer_id = ?")) {
            s.setString(1, write(view));
            s.setTimestamp(2, Timestamp.from(clock.instant()));
            s.setString(3, customerId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update customer " + customerId, e);
        }
    }

    public ObjectNode withProfile(ObjectNode view, Profile p) {
        view.put("legalName", p.legalName());
        view.put("registrationId", p.registrationId());
        view.set("registeredCapital", json.valueToTree(p.registeredCapital()));
        view.put("foundingDate", p.foundingDate() == null ? null : p.foundingDate().toString());
        view.put("ownershipType", p.ownershipType());
        view.put("industry", p.industry());
        view.put("region", p.region());
        view.put("customerType", p.customerType());
        view.put("salesOwner", p.salesOwner());
        ArrayNode tags = view.putArray("tags");
        p.tags().forEach(tags::add);
        return view;
    }

    public ObjectNode withContacts(ObjectNode view, List<io.ledgerline.customer.api.v1.Contact> contacts) {
        view.set("contacts", json.valueToTree(contacts));
        return view;
    }

    public ObjectNode signal(RecordRiskSignal s) {
        ObjectNode signal = json.createObjectNode();
        signal.put("signalId", s.signalId());
        signal.put("customerId", s.customerId());
        signal.put("externalId", s.externalId());
        signal.put("kind", s.kind().name());
        signal.put("source", s.source());
        signal.put("observedOn", s.observedOn().toString());
        signal.put("severity", s.severity().name());
        signal.put("details", s.details());
        return signal;
    }

    private Optional<String> read(String sql, String customerId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read customer " + customerId, e);
        }
    }

    private ObjectNode parse(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored customer view is not JSON", e);
        }
    }

    private String write(ObjectNode view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
