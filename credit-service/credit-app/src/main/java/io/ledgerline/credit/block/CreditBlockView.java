package io.ledgerline.credit.block;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.credit.api.v1.CustomerCreditBlocked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** Each customer's current credit block ({@code credit_block_view}), written in the transaction that stores its events. */
@ApplicationScoped
public class CreditBlockView {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    void blocked(CustomerCreditBlocked e) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO credit_block_view (customer_id, block_id, reason, blocked_by, "
                     + "blocked_on, source, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, e.customerId());
            s.setString(2, e.blockId());
            s.setString(3, e.reason());
            s.setString(4, e.blockedBy());
            s.setDate(5, Date.valueOf(e.blockedOn()));
            s.setString(6, e.source());
            s.setTimestamp(7, Timestamp.from(clock.instant()));
            s.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot record the credit block of " + e.customerId(), ex);
        }
    }

    void unblocked(String customerId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM credit_block_view WHERE customer_id = ?")) {
            s.setString(1, customerId);
            s.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot lift the credit block of " + customerId, ex);
        }
    }

    /** The customer's current block; empty when its credit is not blocked. */
    public Optional<CurrentBlock> find(String customerId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT block_id, reason, blocked_by, blocked_on, source FROM credit_block_view "
                     + "WHERE customer_id = ?")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new CurrentBlock(customerId, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getString(5))) : Optional.empty();
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot read the credit block of " + customerId, ex);
        }
    }
}
