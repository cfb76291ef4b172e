package io.ledgerline.credit.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** Each customer's latest assessment ({@code credit_profile_view}), written in the transaction that stores it. */
@ApplicationScoped
public class CreditProfileView {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    public void store(String customerId, ObjectNode assessment) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO credit_profile_view (customer_id, assessment, updated_at) "
                     + "VALUES (?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET assessment = excluded.assessment, "
                     + "updated_at = excluded.updated_at")) {
            s.setString(1, customerId);
            s.setString(2, json.writeValueAsString(assessment));
            s.setTimestamp(3, Timestamp.from(clock.instant()));
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot record the assessment of " + customerId, e);
        }
    }

    public Optional<ObjectNode> find(String customerId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT assessment FROM credit_profile_view WHERE customer_id = ?")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of((ObjectNode) json.readTree(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read the assessment of " + customerId, e);
        }
    }
}
