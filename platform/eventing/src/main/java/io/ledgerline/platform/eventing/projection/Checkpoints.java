package io.ledgerline.platform.eventing.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * A projection version's position on each topic partition and the envelope ids it folded, stored
 * beside its rows. Keyed by {@link ProjectionVersions#key}: the projection's name for version 1, so
 * a rebuild folding version 2 keeps its own positions while version 1 keeps serving. The tables are
 * named with the service's schema because a rebuild folds with {@code search_path} set to its own.
 */
final class Checkpoints {

    private final String projection;
    private final String checkpointTable;
    private final String processedTable;

    Checkpoints(String key, String home) {
        this.projection = key;
        this.checkpointTable = ProjectionVersions.qualified(home, "projection_checkpoint");
        this.processedTable = ProjectionVersions.qualified(home, "projection_processed_event");
    }

    Map<TopicPartition, Long> load(Connection c, Collection<TopicPartition> partitions) throws SQLException {
        Map<TopicPartition, Long> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT next_offset FROM " + checkpointTable + " WHERE projection = ? AND topic = ? AND partition = ?")) {
            for (TopicPartition tp : partitions) {
                s.setString(1, projection);
                s.setString(2, tp.topic());
                s.setInt(3, tp.partition());
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        found.put(tp, rs.getLong(1));
                    }
                }
            }
        }
        return found;
    }

    void save(Connection tx, Map<TopicPartition, Long> nextOffsets) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO %s (projection, topic, partition, next_offset, updated_at)
                VALUES (?, ?, ?, ?, now())
                ON CONFLICT (projection, topic, partition)
                DO UPDATE SET next_offset = excluded.next_offset, updated_at = excluded.updated_at""".formatted(checkpointTable))) {
            for (Map.Entry<TopicPartition, Long> e : nextOffsets.entrySet()) {
                s.setString(1, projection);
                s.setString(2, e.getKey().topic());
                s.setInt(3, e.getKey().partition());
                s.setLong(4, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * The ids among {@code eventIds} this projection sees for the first time, recorded as seen in the same
     * statement; a redelivered event is left out. One round trip for a whole poll batch.
     */
    Set<String> firstDeliveries(Connection tx, List<String> eventIds) throws SQLException {
        Set<String> first = new HashSet<>();
        if (eventIds.isEmpty()) {
            return first;
        }
        try (PreparedStatement s = tx.prepareStatement("INSERT INTO " + processedTable + " (projection, event_id)"
                + " SELECT DISTINCT ?, id FROM unnest(?) AS ids(id) ON CONFLICT DO NOTHING RETURNING event_id")) {
            s.setString(1, projection);
            s.setArray(2, tx.createArrayOf("varchar", eventIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    first.add(rs.getString(1));
                }
            }
        }
        return first;
    }

    /** Forgets this key's positions and folded ids: its version was replaced or discarded. */
    void forget(Connection c) throws SQLException {
        for (String table : List.of(checkpointTable, processedTable)) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE projection = ?")) {
                s.setString(1, projection);
                s.executeUpdate();
            }
        }
    }
}
