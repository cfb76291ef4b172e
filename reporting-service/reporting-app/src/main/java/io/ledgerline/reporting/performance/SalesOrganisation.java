package io.ledgerline.reporting.performance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Teams as they are now (each sales owner's current team) and the current targets of one scope and currency for
 * some periods, read from {@link PerformanceProjection}'s tables on one connection.
 */
record SalesOrganisation(Map<String, Team> teams, Map<String, Team> teamOfOwner, Map<PeriodKey, Target> targets) {

    /** A target's place in the report: a period's label and the owner's or team's id. */
    record PeriodKey(String period, String key) {
    }

    static SalesOrganisation read(Connection c, String scope, String currency, Collection<String> periods) throws SQLException {
        Map<String, Team> teams = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT team_id, name FROM sales_team");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                teams.put(rs.getString(1), new Team(rs.getString(1), rs.getString(2)));
            }
        }
        Map<String, Team> teamOfOwner = new HashMap<>();
        // the latest membership still open: an owner whose move's events arrived out of order is in the newer team
        try (PreparedStatement s = c.prepareStatement("""
                SELECT DISTINCT ON (sales_owner) sales_owner, team_id FROM sales_team_membership
                WHERE valid_to IS NULL ORDER BY sales_owner, valid_from DESC, team_id""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Team team = teams.get(rs.getString(2));
                if (team != null) {
                    teamOfOwner.put(rs.getString(1), team);
                }
            }
        }
        Map<PeriodKey, Target> targets = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT target_id, period, scope_id, currency, collect, max_overdue_ratio, max_dso, set_by, set_at
                FROM collection_target WHERE scope = ? AND currency = ? AND period = ANY (?)""")) {
            s.setString(1, scope);
            s.setString(2, currency);
            s.setArray(3, c.createArrayOf("varchar", periods.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Target target = new Target(rs.getString("target_id"), rs.getString("period"), rs.getString("scope_id"),
                            rs.getString("currency").trim(), rs.getBigDecimal("collect"), rs.getBigDecimal("max_overdue_ratio"),
                            rs.getBigDecimal("max_dso"), rs.getString("set_by"), rs.getTimestamp("set_at").toInstant());
                    targets.put(new PeriodKey(target.period(), target.scopeId()), target);
                }
            }
        }
        return new SalesOrganisation(teams, teamOfOwner, targets);
    }

    Optional<Target> target(String period, String key) {
        return Optional.ofNullable(targets.get(new PeriodKey(period, key)));
    }
}
