package io.ledgerline.collections.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.ledgerline.collections.api.v1.DunningPolicyDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/** The published versions ({@code dunning_policy_version}), kept in the transaction that stores their events. */
@ApplicationScoped
public class PolicyVersions {

    private static final String COLUMNS = "SELECT version, published_by, published_on, definition FROM dunning_policy_version ";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /** Records a version; a version another instance recorded first is left as it is. */
    void insert(int version, DunningPolicyDefinition policy, String publishedBy, LocalDate publishedOn) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO dunning_policy_version (version, definition, published_by, published_on) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")) {
            s.setInt(1, version);
            s.setString(2, json.writeValueAsString(policy));
            s.setString(3, publishedBy);
            s.setDate(4, Date.valueOf(publishedOn));
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot record dunning policy version " + version, e);
        }
    }

    Optional<PolicyVersion> find(int version) {
        return query(COLUMNS + "WHERE version = ?", version);
    }

    Optional<PolicyVersion> current() {
        return query(COLUMNS + "ORDER BY version DESC LIMIT 1", null);
    }

    private Optional<PolicyVersion> query(String sql, Integer version) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (version != null) {
                s.setInt(1, version);
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PolicyVersion(rs.getInt(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        json.readValue(rs.getString(4), DunningPolicyDefinition.class)));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read the dunning policy versions", e);
        }
    }
}
