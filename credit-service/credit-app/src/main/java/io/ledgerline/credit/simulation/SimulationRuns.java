package io.ledgerline.credit.simulation;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Every simulation run as the API answered it ({@code policy_simulation}), so it can be read again by its id. */
@ApplicationScoped
class SimulationRuns {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    void store(UUID simulationId, String requestedBy, LocalDate requestedOn, String result) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO policy_simulation (simulation_id, requested_by, requested_on, "
                     + "created_at, result) VALUES (?, ?, ?, ?, ?)")) {
            s.setObject(1, simulationId);
            s.setString(2, requestedBy);
            s.setDate(3, Date.valueOf(requestedOn));
            s.setTimestamp(4, Timestamp.from(clock.instant()));
            s.setString(5, result);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record policy simulation " + simulationId, e);
        }
    }

    Optional<String> find(UUID simulationId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT result FROM policy_simulation WHERE simulation_id = ?")) {
            s.setObject(1, simulationId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read policy simulation " + simulationId, e);
        }
    }
}
