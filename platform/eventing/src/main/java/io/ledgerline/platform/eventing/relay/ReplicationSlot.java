package io.ledgerline.platform.eventing.relay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The publication and logical replication slot the relay reads. Created synchronously before the
 * service reports ready: with an asynchronous engine start, an event stored before the slot
 * existed would never be published. Never dropped: the slot is what keeps unpublished WAL.
 */
final class ReplicationSlot {

    private static final Logger LOG = Logger.getLogger(ReplicationSlot.class);

    private ReplicationSlot() {
    }

    static void ensure(DataSource dataSource, String slot, String publication, String tables) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!exists(c, "SELECT 1 FROM pg_publication WHERE pubname = ?", publication)) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE PUBLICATION " + publication + " FOR TABLE " + tables);
                }
                LOG.infof("Created publication %s for %s", publication, tables);
            }
            if (!exists(c, "SELECT 1 FROM pg_replication_slots WHERE slot_name = ?", slot)) {
                try (PreparedStatement s = c.prepareStatement("SELECT pg_create_logical_replication_slot(?, 'pgoutput')")) {
                    s.setString(1, slot);
                    s.execute();
                }
                LOG.infof("Created replication slot %s: events stored from now on will reach Kafka", slot);
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
