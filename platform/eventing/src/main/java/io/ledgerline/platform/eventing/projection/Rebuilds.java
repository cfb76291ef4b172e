package io.ledgerline.platform.eventing.projection;

import io.ledgerline.platform.eventing.projection.ProjectionRebuild.State;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code projection_rebuild} rows. The instance that runs a rebuild holds a PostgreSQL advisory
 * lock on it for as long as it runs, on a connection of its own: a BUILDING rebuild whose lock anyone
 * can take lost its instance and is discarded.
 */
final class Rebuilds {

    private static final String COLUMNS = """
            rebuild_id, projection, version, state, requested_by, started_at, progressed_at, finished_at, events_done,
            events_behind, detail""";

    private final String table;

    Rebuilds(String home) {
        this.table = ProjectionVersions.qualified(home, "projection_rebuild");
    }

    /** A version number never used by this projection, even by a discarded rebuild. */
    int nextVersion(Connection tx, String projection, int serving) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("SELECT max(version) FROM " + table + " WHERE projection = ?")) {
            s.setString(1, projection);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return Math.max(serving, rs.getInt(1)) + 1;
            }
        }
    }

    /** Fails with a unique violation (23505) while another rebuild of the projection is building. */
    void insert(Connection tx, UUID id, String projection, int version, String requestedBy) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("INSERT INTO " + table
                + " (rebuild_id, projection, version, state, requested_by) VALUES (?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, projection);
            s.setInt(3, version);
            s.setString(4, State.BUILDING.name());
            s.setString(5, requestedBy);
            s.executeUpdate();
        }
    }

    Optional<ProjectionRebuild> find(Connection c, String projection, UUID id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM " + table + " WHERE projection = ? AND rebuild_id = ?", projection, id);
    }

    /** The building rebuild, else the latest one. */
    Optional<ProjectionRebuild> latest(Connection c, String projection) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM " + table + " WHERE projection = ?"
                + " ORDER BY state = 'BUILDING' DESC, started_at DESC LIMIT 1", projection, null);
    }

    List<ProjectionRebuild> building(Connection c) throws SQLException {
        List<ProjectionRebuild> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE state = 'BUILDING'");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(read(rs));
            }
        }
        return found;
    }

    /** The rebuild's state, its row locked until {@code tx} ends so that a discard and a batch never cross. */
    State lock(Connection tx, UUID id) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("SELECT state FROM " + table + " WHERE rebuild_id = ? FOR UPDATE")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? State.valueOf(rs.getString(1)) : State.DISCARDED;
            }
        }
    }

    void progressed(Connection tx, UUID id, long events, long behind) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("UPDATE " + table
                + " SET events_done = events_done + ?, events_behind = ?, progressed_at = now() WHERE rebuild_id = ?")) {
            s.setLong(1, events);
            s.setLong(2, behind);
            s.setObject(3, id);
            s.executeUpdate();
        }
    }

    /** Ends a building rebuild; false if it had already ended. */
    boolean finish(Connection tx, UUID id, State state, String detail) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("UPDATE " + table + " SET state = ?, detail = ?, finished_at = now(),"
                + " events_behind = CASE WHEN ? THEN 0 ELSE events_behind END WHERE rebuild_id = ? AND state = 'BUILDING'")) {
            s.setString(1, state.name());
            s.setString(2, detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)));
            s.setBoolean(3, state == State.SWITCHED);
            s.setObject(4, id);
            return s.executeUpdate() == 1;
        }
    }

    /** Takes the rebuild's ownership lock, held by {@code session} until released or closed. */
    static boolean tryOwn(Connection session, UUID id) throws SQLException {
        return advisory(session, "pg_try_advisory_lock", id);
    }

    static void release(Connection session, UUID id) throws SQLException {
        advisory(session, "pg_advisory_unlock", id);
    }

    private static boolean advisory(Connection session, String function, UUID id) throws SQLException {
        try (PreparedStatement s = session.prepareStatement(
                "SELECT " + function + "(hashtextextended('ledgerline projection rebuild ' || ?, 0))")) {
            s.setString(1, id.toString());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private Optional<ProjectionRebuild> one(Connection c, String sql, String projection, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, projection);
            if (id != null) {
                s.setObject(2, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static ProjectionRebuild read(ResultSet rs) throws SQLException {
        State state = State.valueOf(rs.getString("state"));
        Instant started = rs.getTimestamp("started_at").toInstant();
        Instant progressed = rs.getTimestamp("progressed_at").toInstant();
        long done = rs.getLong("events_done");
        long behindValue = rs.getLong("events_behind");
        Long behind = rs.wasNull() ? null : behindValue;
        BigDecimal perSecond = perSecond(done, Duration.between(started, progressed));
        return new ProjectionRebuild(rs.getObject("rebuild_id", UUID.class), rs.getString("projection"), rs.getInt("version"),
                state, rs.getString("requested_by"), started, instant(rs.getTimestamp("finished_at")), done, behind,
                perSecond, eta(state, behind, perSecond), rs.getString("detail"));
    }

    private static BigDecimal perSecond(long done, Duration elapsed) {
        if (done == 0 || elapsed.toMillis() <= 0) {
            return null;
        }
        return BigDecimal.valueOf(done).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(elapsed.toMillis()), 1, RoundingMode.HALF_EVEN);
    }

    private static Long eta(State state, Long behind, BigDecimal perSecond) {
        if (state == State.SWITCHED) {
            return 0L;
        }
        if (state != State.BUILDING || behind == null || perSecond == null || perSecond.signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(behind).divide(perSecond, 0, RoundingMode.CEILING).longValueExact();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
