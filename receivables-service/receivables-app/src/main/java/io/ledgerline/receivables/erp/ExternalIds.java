package io.ledgerline.receivables.erp;

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

/** The first answer given to each ERP external id, so a retried message never books twice. */
@ApplicationScoped
public class ExternalIds {

    /** A message seen before: what it contained (as a hash) and what it was answered. */
    public record Seen(String contentHash, String response) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    public Optional<Seen> find(String kind, String externalId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT content_hash, response FROM erp_message WHERE kind = ? AND external_id = ?")) {
            s.setString(1, kind);
            s.setString(2, externalId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Seen(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read ERP message " + externalId, e);
        }
    }

    public void remember(String kind, String externalId, String contentHash, String response) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO erp_message (kind, external_id, content_hash, response, received_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, kind);
            s.setString(2, externalId);
            s.setString(3, contentHash);
            s.setString(4, response);
            s.setTimestamp(5, Timestamp.from(clock.instant()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record ERP message " + externalId, e);
        }
    }
}
