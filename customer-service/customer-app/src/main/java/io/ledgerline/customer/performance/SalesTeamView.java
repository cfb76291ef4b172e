package io.ledgerline.customer.performance;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.customer.performance.SalesTeamCommand.DefineSalesTeam;
import io.ledgerline.platform.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The service's own read of sales teams ({@code sales_team_view}, {@code sales_team_member}), kept in the
 * transaction that stores the team's events; the member table's key holds each sales owner to one team.
 */
@ApplicationScoped
public class SalesTeamView {

    private static final String UNIQUE_VIOLATION = "23505";

    @Schema(name = "SalesTeam")
    public record Team(
            @Schema(example = "east-distribution") String teamId,
            @Schema(example = "East distribution") String name,
            @Schema(example = "[\"wang.li\",\"zhao.min\"]") List<String> members) {
    }

    @Inject
    AgroalDataSource dataSource;

    public Optional<Team> find(String teamId) {
        List<Team> teams = read("WHERE t.team_id = ?", teamId);
        return teams.isEmpty() ? Optional.empty() : Optional.of(teams.get(0));
    }

    public List<Team> all() {
        return read("", null);
    }

    public boolean exists(String teamId) {
        return find(teamId).isPresent();
    }

    /** The team each of {@code owners} is in now, for those in one. */
    public Map<String, String> teamsOf(Collection<String> owners) {
        Map<String, String> teams = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT sales_owner, team_id FROM sales_team_member WHERE sales_owner = ANY (?)")) {
            s.setArray(1, c.createArrayOf("varchar", owners.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    teams.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read sales team members", e);
        }
        return teams;
    }

    /** Replaces the team's row and members; a member another team took meanwhile is a conflict. */
    public void store(DefineSalesTeam team, Instant at) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO sales_team_view (team_id, name, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT (team_id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at""")) {
                s.setString(1, team.teamId());
                s.setString(2, team.name());
                s.setTimestamp(3, Timestamp.from(at));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sales_team_member WHERE team_id = ?")) {
                s.setString(1, team.teamId());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO sales_team_member (sales_owner, team_id) VALUES (?, ?)")) {
                for (String member : team.members()) {
                    s.setString(1, member);
                    s.setString(2, team.teamId());
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw SalesTeams.memberOfAnotherTeam(team.teamId(), "a member", "another team (defined meanwhile)");
            }
            throw new IllegalStateException("cannot store sales team " + team.teamId(), e);
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private List<Team> read(String where, String teamId) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT t.team_id, t.name, m.sales_owner
                FROM sales_team_view t LEFT JOIN sales_team_member m ON m.team_id = t.team_id
                %s
                ORDER BY t.team_id, m.sales_owner""".formatted(where))) {
            if (teamId != null) {
                s.setString(1, teamId);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                    List<String> ofTeam = members.computeIfAbsent(rs.getString(1), id -> new ArrayList<>());
                    if (rs.getString(3) != null) {
                        ofTeam.add(rs.getString(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read sales teams", e);
        }
        return names.entrySet().stream()
                .map(team -> new Team(team.getKey(), team.getValue(), List.copyOf(members.get(team.getKey()))))
                .toList();
    }
}
