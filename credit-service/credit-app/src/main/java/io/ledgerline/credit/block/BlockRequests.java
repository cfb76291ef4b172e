package io.ledgerline.credit.block;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.agroal.api.AgroalDataSource;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collections' block requests ({@code collections_block_request}, from {@link CollectionsRequestsProjection}) and what
 * was done with each ({@code collections_block_outcome}); a request without an outcome is pending.
 */
@ApplicationScoped
public class BlockRequests {

    private static final List<Money> NONE = List.of();
    private static final TypeReference<List<Money>> AMOUNTS = new TypeReference<>() {
    };
    private static final String REQUEST_COLUMNS = "r.request_id, r.customer_id, r.case_id, r.requested_on, r.requested_by, r.step, "
            + "r.reason, r.overdue";

    @Inject
    AgroalDataSource dataSource;

    /** Up to {@code limit} pending requests' ids, oldest request first. */
    List<String> pending(int limit) {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT r.request_id FROM collections_block_request r
                WHERE NOT EXISTS (SELECT 1 FROM collections_block_outcome o WHERE o.request_id = r.request_id)
                ORDER BY r.requested_on, r.request_id LIMIT ?""")) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the pending block requests of collections", e);
        }
    }

    /**
     * The request, locked until the caller's transaction ends, while it is pending; empty when it is done or another
     * instance is acting on it right now.
     */
    Optional<BlockRequest> lockPending(String requestId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT " + REQUEST_COLUMNS + """
                 FROM collections_block_request r WHERE r.request_id = ?
                  AND NOT EXISTS (SELECT 1 FROM collections_block_outcome o WHERE o.request_id = r.request_id)
                FOR UPDATE SKIP LOCKED""")) {
            s.setString(1, requestId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(request(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read block request " + requestId, e);
        }
    }

    /** Records what was done with the request, in the caller's transaction. */
    void done(String requestId, String outcome, String blockId, String detail, LocalDate processedOn, Instant processedAt) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO collections_block_outcome (request_id, outcome, detail, block_id, processed_on, processed_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            s.setString(1, requestId);
            s.setString(2, outcome);
            s.setString(3, detail);
            s.setString(4, blockId);
            s.setDate(5, Date.valueOf(processedOn));
            s.setTimestamp(6, Timestamp.from(processedAt));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the outcome of block request " + requestId, e);
        }
    }

    /** The customer's requests with their status, oldest first. */
    public List<BlockRequestStatus> ofCustomer(String customerId) {
        List<BlockRequestStatus> requests = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT " + REQUEST_COLUMNS + """
                , o.outcome, o.block_id, o.detail, o.processed_on
                FROM collections_block_request r LEFT JOIN collections_block_outcome o ON o.request_id = r.request_id
                WHERE r.customer_id = ? ORDER BY r.requested_on, r.request_id""")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    BlockRequest r = request(rs);
                    String outcome = rs.getString(9);
                    Date processedOn = rs.getDate(12);
                    String status = outcome == null ? BlockRequestStatus.PENDING : BlockRequestStatus.DONE;
                    requests.add(new BlockRequestStatus(r.requestId(), r.customerId(), r.caseId(), r.step(), r.requestedBy(),
                            r.requestedOn(), r.reason(), BlockRequestStatus.Amount.of(r.overdue()), status, outcome, rs.getString(10),
                            rs.getString(11), processedOn == null ? null : processedOn.toLocalDate()));
                }
            }
            return requests;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the block requests of customer " + customerId, e);
        }
    }

    private static BlockRequest request(ResultSet rs) throws SQLException {
        return new BlockRequest(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5),
                rs.getString(6), rs.getString(7), amounts(rs.getString(8)));
    }

    private static List<Money> amounts(String json) {
        try {
            return json == null ? NONE : EnvelopeCodec.mapper().readValue(json, AMOUNTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable overdue amounts: " + json, e);
        }
    }
}
