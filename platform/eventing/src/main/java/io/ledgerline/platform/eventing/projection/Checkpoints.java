package io.ledgerline.platform.eventing.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** A projection's position on each topic partition, stored beside its rows. */
final class Checkpoints {

    private final String projection;

    Checkpoints(String projection) {
        this.projection = projection;
    }

    Map<TopicPartition, Long> load(Connection c, Collection<TopicPartition> partitions) throws SQLException {
        Map<TopicPartition, Long> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT next_offset FROM projection_checkpoint WHERE projection = ? AND topic = ? AND partition = ?")) {
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
                INSERT INTO projection_checkpoint (projection, topic, partition, next_offset, updated_at)
                VALUES (?, ?, ?, ?, now())
                ON CONFLICT (projection, topic, partition)
                DO UPDATE SET next_offset = excluded.next_offset, updated_at = excluded.updated_at""")) {
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

    /** True the first time this projection sees {@code eventId}; a redelivered event returns false. */
    boolean firstDelivery(Connection tx, String eventId) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement(
                "INSERT INTO projection_processed_event (projection, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, projection);
            s.setString(2, eventId);
            return s.executeUpdate() == 1;
        }
    }
}
