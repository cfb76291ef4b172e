package io.ledgerline.platform.eventing.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which version of each projection serves reads, and where a version's rows and positions live.
 * Version 1 is the tables Flyway created with checkpoints keyed by the projection's name, so a
 * service that never rebuilt anything has nothing to migrate.
 */
final class ProjectionVersions {

    static final int FIRST = 1;

    private ProjectionVersions() {
    }

    /** The checkpoint and processed-event key of a version: the bare name for version 1. */
    static String key(String projection, int version) {
        return version == FIRST ? projection : projection + "@v" + version;
    }

    /** The schema a rebuild folds version {@code version} into before swapping it in, e.g. {@code projection_reporting_aging_v2}. */
    static String schema(String projection, int version) {
        return "projection_" + projection.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_v" + version;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }

    /** The schema Flyway migrated, where the serving tables and the bookkeeping tables are. */
    static String home(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT current_schema()"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The serving version, recording version 1 for a projection seen for the first time. */
    static int register(Connection c, String home, String projection) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + qualified(home, "projection_version")
                + " (projection, serving_version) VALUES (?, ?) ON CONFLICT (projection) DO NOTHING")) {
            s.setString(1, projection);
            s.setInt(2, FIRST);
            s.executeUpdate();
        }
        return serving(c, home, projection);
    }

    /** The serving version without locking: for reports. */
    static int serving(Connection c, String home, String projection) throws SQLException {
        return serving(c, home, projection, "");
    }

    /**
     * The serving version, locked until {@code tx} ends: shared by every fold (first statement of its
     * transaction, so it holds nothing else yet), exclusive by the switch, which therefore waits for
     * the folds in flight and makes every later one see the new version.
     */
    static int lock(Connection tx, String home, String projection, boolean exclusive) throws SQLException {
        return serving(tx, home, projection, exclusive ? " FOR UPDATE" : " FOR SHARE");
    }

    static void serve(Connection tx, String home, String projection, int version) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("UPDATE " + qualified(home, "projection_version")
                + " SET serving_version = ?, switched_at = now() WHERE projection = ?")) {
            s.setInt(1, version);
            s.setString(2, projection);
            s.executeUpdate();
        }
    }

    private static int serving(Connection c, String home, String projection, String lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT serving_version FROM " + qualified(home, "projection_version")
                + " WHERE projection = ?" + lock)) {
            s.setString(1, projection);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : FIRST;
            }
        }
    }
}
