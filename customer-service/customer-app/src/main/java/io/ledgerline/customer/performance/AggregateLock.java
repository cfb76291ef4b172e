package io.ledgerline.customer.performance;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Holds commands to one team or target back until the transaction that took the lock ends, so a second
 * request waits and then sees the first one's outcome instead of racing it to the event store.
 */
@ApplicationScoped
public class AggregateLock {

    @Inject
    AgroalDataSource dataSource;

    public void hold(String aggregateId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            s.setString(1, aggregateId);
            s.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock " + aggregateId, e);
        }
    }
}
