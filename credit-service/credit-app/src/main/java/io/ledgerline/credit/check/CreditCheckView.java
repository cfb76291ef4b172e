package io.ledgerline.credit.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.ledgerline.credit.receivables.ReservedOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Credit checks as the API shows them ({@code credit_check_view}), written in the transaction that stores their events;
 * the APPROVED rows are the customer's open reservations.
 */
@ApplicationScoped
public class CreditCheckView implements ReservedOrders {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Serialises the checks of one customer until the transaction ends, so two orders cannot both fit the same headroom. */
    void lockCustomer(String customerId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('credit-check:' || ?))")) {
            s.setString(1, customerId);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock the credit checks of " + customerId, e);
        }
    }

    void store(String orderId, String customerId, CreditCheck.Status status, String currency, BigDecimal amount, ObjectNode check) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO credit_check_view (order_id, customer_id, status, currency, amount, "
                     + "credit_check, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO UPDATE SET "
                     + "status = excluded.status, credit_check = excluded.credit_check, updated_at = excluded.updated_at")) {
            s.setString(1, orderId);
            s.setString(2, customerId);
            s.setString(3, status.name());
            s.setString(4, currency);
            s.setBigDecimal(5, amount);
            s.setString(6, json.writeValueAsString(check));
            s.setTimestamp(7, Timestamp.from(clock.instant()));
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot record the credit check of order " + orderId, e);
        }
    }

    public Optional<ObjectNode> find(String orderId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT credit_check FROM credit_check_view WHERE order_id = ?")) {
            s.setString(1, orderId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of((ObjectNode) json.readTree(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read the credit check of order " + orderId, e);
        }
    }

    @Override
    public Map<String, BigDecimal> byCurrency(String customerId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT currency, sum(amount) FROM credit_check_view "
                     + "WHERE customer_id = ? AND status = 'APPROVED' GROUP BY currency")) {
            s.setString(1, customerId);
            Map<String, BigDecimal> reserved = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reserved.put(rs.getString(1).strip(), rs.getBigDecimal(2));
                }
            }
            return reserved;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the reservations of " + customerId, e);
        }
    }
}
