package io.ledgerline.credit.application;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applications as the API shows them ({@code credit_application_view}) and each customer's assigned
 * credit limit ({@code credit_limit_view}), written in the transaction that stores their events.
 */
@ApplicationScoped
public class CreditApplicationView {

    /** One page of applications, in the order they were submitted, and how many match in all. */
    public record Page(long totalItems, List<ObjectNode> items) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    public void store(String applicationId, String customerId, String status, ObjectNode application) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO credit_application_view (application_id, customer_id, status, "
                     + "application, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (application_id) DO UPDATE SET "
                     + "status = excluded.status, application = excluded.application, updated_at = excluded.updated_at")) {
            s.setString(1, applicationId);
            s.setString(2, customerId);
            s.setString(3, status);
            s.setString(4, json.writeValueAsString(application));
            s.setTimestamp(5, Timestamp.from(clock.instant()));
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot record credit application " + applicationId, e);
        }
    }

    public Optional<ObjectNode> find(String applicationId) {
        List<ObjectNode> found = query("SELECT application FROM credit_application_view WHERE application_id = ?", applicationId);
        return found.stream().findFirst();
    }

    /** Applications with {@code status} and of {@code customerId}, either {@code null} for any. */
    public Page page(String status, String customerId, int page, int size) {
        String where = " WHERE (?::text IS NULL OR status = ?) AND (?::text IS NULL OR customer_id = ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement count = c.prepareStatement("SELECT count(*) FROM credit_application_view" + where);
             PreparedStatement rows = c.prepareStatement("SELECT application FROM credit_application_view" + where
                     + " ORDER BY position LIMIT ? OFFSET ?")) {
            filter(count, status, customerId);
            filter(rows, status, customerId);
            rows.setInt(5, size);
            rows.setLong(6, (long) page * size);
            long total;
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<ObjectNode> items = new ArrayList<>();
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    items.add((ObjectNode) json.readTree(rs.getString(1)));
                }
            }
            return new Page(total, items);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot list credit applications", e);
        }
    }

    public void storeLimit(String customerId, ObjectNode limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO credit_limit_view (customer_id, credit_limit, updated_at) "
                     + "VALUES (?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET credit_limit = excluded.credit_limit, "
                     + "updated_at = excluded.updated_at")) {
            s.setString(1, customerId);
            s.setString(2, json.writeValueAsString(limit));
            s.setTimestamp(3, Timestamp.from(clock.instant()));
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot record the credit limit of " + customerId, e);
        }
    }

    public Optional<ObjectNode> findLimit(String customerId) {
        return query("SELECT credit_limit FROM credit_limit_view WHERE customer_id = ?", customerId).stream().findFirst();
    }

    private static void filter(PreparedStatement s, String status, String customerId) throws SQLException {
        s.setString(1, status);
        s.setString(2, status);
        s.setString(3, customerId);
        s.setString(4, customerId);
    }

    private List<ObjectNode> query(String sql, String id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            List<ObjectNode> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add((ObjectNode) json.readTree(rs.getString(1)));
                }
            }
            return found;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + id, e);
        }
    }
}
