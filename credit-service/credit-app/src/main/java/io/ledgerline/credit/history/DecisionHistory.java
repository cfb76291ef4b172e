package io.ledgerline.credit.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.eventing.projection.ProjectionReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a customer's decision history from the serving version of {@link DecisionHistoryProjection}. */
@ApplicationScoped
public class DecisionHistory {

    /** One page of a customer's entries in decision order, and how many match in all. */
    public record Page(long totalItems, List<HistoryItem> items) {
    }

    @Inject
    ProjectionReads reads;

    @Inject
    ObjectMapper json;

    /**
     * The customer's entries of {@code kinds} (all when empty), oldest first; empty when the customer has no entry at all.
     * The three reads run in one snapshot, so a rebuild switching in between cannot mix versions.
     */
    public Optional<Page> of(String customerId, Set<EntryKind> kinds, int page, int size) {
        String filter = kinds.isEmpty() ? "" : " AND kind = ANY (?)";
        try (Connection c = reads.connection()) {
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                if (!any(c, customerId)) {
                    return Optional.empty();
                }
                long total;
                try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM credit_history_entry WHERE customer_id = ?" + filter)) {
                    bind(c, s, customerId, kinds);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        total = rs.getLong(1);
                    }
                }
                List<HistoryItem> items = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("""
                        SELECT position, decided_on, recorded_at, kind, summary, explanation, decided_by, scorecard_version,
                               policy_version, inputs, event_id, assessment_id, order_id, application_id
                        FROM credit_history_entry WHERE customer_id = ?""" + filter + " ORDER BY position LIMIT ? OFFSET ?")) {
                    int next = bind(c, s, customerId, kinds);
                    s.setInt(next, size);
                    s.setLong(next + 1, (long) page * size);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            items.add(item(rs));
                        }
                    }
                }
                return Optional.of(new Page(total, items));
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(true);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read the decision history of " + customerId, e);
        }
    }

    private static boolean any(Connection c, String customerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM credit_history_entry WHERE customer_id = ? LIMIT 1")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Binds the customer and the kinds; returns the next parameter index. */
    private static int bind(Connection c, PreparedStatement s, String customerId, Set<EntryKind> kinds) throws SQLException {
        s.setString(1, customerId);
        if (kinds.isEmpty()) {
            return 2;
        }
        s.setArray(2, c.createArrayOf("varchar", kinds.stream().map(EntryKind::name).toArray()));
        return 3;
    }

    private HistoryItem item(ResultSet rs) throws SQLException, JsonProcessingException {
        Date at = rs.getDate("decided_on");
        Integer scorecard = (Integer) rs.getObject("scorecard_version");
        Integer policy = (Integer) rs.getObject("policy_version");
        return new HistoryItem(rs.getLong("position"), at == null ? null : at.toLocalDate(), rs.getTimestamp("recorded_at").toInstant(),
                EntryKind.valueOf(rs.getString("kind")), rs.getString("summary"),
                json.readerForListOf(String.class).readValue(rs.getString("explanation")), rs.getString("decided_by"),
                Versions.of(scorecard, policy), json.readTree(rs.getString("inputs")), rs.getString("event_id"),
                rs.getString("assessment_id"), rs.getString("order_id"), rs.getString("application_id"));
    }
}
