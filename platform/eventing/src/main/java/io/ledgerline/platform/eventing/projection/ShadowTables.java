package io.ledgerline.platform.eventing.projection;

import static io.ledgerline.platform.eventing.projection.ProjectionVersions.qualified;
import static io.ledgerline.platform.eventing.projection.ProjectionVersions.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Copies of a projection's tables in a schema of their own, built while the originals serve and
 * then swapped in under the originals' names. Constraints and indexes keep their names (names are
 * unique per schema only), so after the swap the tables look exactly as Flyway left them and later
 * migrations still apply.
 */
final class ShadowTables {

    private final String home;
    private final String shadow;
    private final List<String> tables;

    ShadowTables(String home, String shadow, List<String> tables) {
        this.home = home;
        this.shadow = shadow;
        this.tables = List.copyOf(tables);
    }

    String schema() {
        return shadow;
    }

    /** Creates the empty copies: columns, defaults, checks and identities, then keys and indexes under their names. */
    void create(Connection tx) throws SQLException {
        execute(tx, "CREATE SCHEMA " + quote(shadow));
        for (String table : tables) {
            execute(tx, "CREATE TABLE " + qualified(shadow, table) + " (LIKE " + qualified(home, table)
                    + " INCLUDING ALL EXCLUDING INDEXES)");
            for (Key key : keys(tx, table)) {
                execute(tx, "ALTER TABLE " + qualified(shadow, table) + " ADD CONSTRAINT " + quote(key.name()) + " "
                        + key.definition());
            }
            for (Index index : indexes(tx, table)) {
                execute(tx, (index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") + quote(index.name())
                        + " ON " + qualified(shadow, table) + " " + index.using());
            }
        }
    }

    /** Fresh statistics before the copies serve, so the first queries on them are planned well. */
    void analyze(Connection c) throws SQLException {
        execute(c, "ANALYZE " + tables.stream().map(t -> qualified(shadow, t)).collect(Collectors.joining(", ")));
    }

    /**
     * Drops the serving tables and moves the copies in, inside the caller's transaction. The serving
     * tables are locked first, all at once and in declared order: the lock waits for the reads in flight
     * (they finish on the old rows), and reads that arrive meanwhile wait for the commit and then resolve
     * the same names to the new tables. The caller bounds the wait with {@code lock_timeout}.
     */
    void swapIn(Connection tx) throws SQLException {
        execute(tx, "LOCK TABLE " + tables.stream().map(t -> qualified(home, t)).collect(Collectors.joining(", "))
                + " IN ACCESS EXCLUSIVE MODE");
        for (String table : tables) {
            execute(tx, "DROP TABLE " + qualified(home, table));
        }
        for (String table : tables) {
            execute(tx, "ALTER TABLE " + qualified(shadow, table) + " SET SCHEMA " + quote(home));
        }
        execute(tx, "DROP SCHEMA " + quote(shadow));
    }

    void drop(Connection c) throws SQLException {
        execute(c, "DROP SCHEMA IF EXISTS " + quote(shadow) + " CASCADE");
    }

    /** A primary key, unique or exclusion constraint. */
    private record Key(String name, String definition) {
    }

    /** An index no constraint owns; {@code using} is its definition from {@code USING} on (method, columns, INCLUDE, WITH, WHERE). */
    private record Index(String name, boolean unique, String using) {
    }

    private List<Key> keys(Connection c, String table) throws SQLException {
        List<Key> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = CAST(? AS regclass) AND contype IN ('p', 'u', 'x') ORDER BY conname""")) {
            s.setString(1, qualified(home, table));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new Key(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return found;
    }

    private List<Index> indexes(Connection c, String table) throws SQLException {
        List<Index> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT ic.relname, i.indisunique, pg_get_indexdef(i.indexrelid)
                FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
                WHERE i.indrelid = CAST(? AS regclass)
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid)
                ORDER BY ic.relname""")) {
            s.setString(1, qualified(home, table));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String definition = rs.getString(3);
                    found.add(new Index(rs.getString(1), rs.getBoolean(2), definition.substring(definition.indexOf(" USING ") + 1)));
                }
            }
        }
        return found;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
