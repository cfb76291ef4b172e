package io.ledgerline.reporting.performance;

import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.platform.eventing.projection.Projection;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * Folds sales teams (with each member's time in the team) and the current collection target per period,
 * scope and scope id from customer-service's events. A definition or target never replaces a later one of
 * the same team or target (by the envelope's sequence), so a redelivered older event changes nothing.
 */
@Singleton
public class PerformanceProjection implements Projection {

    public static final String NAME = "reporting.performance";
    /** {@code CustomerTopics.EVENTS} of customer-api; reporting reads the topic, not the module. */
    public static final String TOPIC = "ledgerline.customer.events";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of(TOPIC);
    }

    @Override
    public List<String> tables() {
        return List.of("sales_team", "sales_team_membership", "collection_target");
    }

    @Override
    public void apply(Connection tx, EventEnvelope event) throws SQLException {
        Optional<TeamDefinition> team = TeamDefinition.from(event);
        if (team.isPresent()) {
            define(tx, team.get());
            return;
        }
        Optional<TargetDefinition> target = TargetDefinition.from(event);
        if (target.isPresent()) {
            set(tx, target.get());
        }
        // Customer profiles are reporting.customers'; every other type is ignored.
    }

    private static void define(Connection tx, TeamDefinition team) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO sales_team (team_id, name, defined_at, sequence) VALUES (?, ?, ?, ?)
                ON CONFLICT (team_id) DO UPDATE
                SET name = excluded.name, defined_at = excluded.defined_at, sequence = excluded.sequence
                WHERE sales_team.sequence < excluded.sequence""")) {
            s.setString(1, team.teamId());
            s.setString(2, team.name());
            s.setTimestamp(3, Timestamp.from(team.definedAt()));
            s.setLong(4, team.sequence());
            if (s.executeUpdate() == 0) {
                return;
            }
        }
        Timestamp at = Timestamp.from(team.definedAt());
        try (PreparedStatement s = tx.prepareStatement("""
                UPDATE sales_team_membership SET valid_to = ?
                WHERE team_id = ? AND valid_to IS NULL AND NOT (sales_owner = ANY (?))""")) {
            s.setTimestamp(1, at);
            s.setString(2, team.teamId());
            s.setArray(3, tx.createArrayOf("varchar", team.members().toArray()));
            s.executeUpdate();
        }
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO sales_team_membership (team_id, sales_owner, valid_from)
                SELECT ?, member, ? FROM unnest(CAST(? AS varchar[])) AS member
                WHERE NOT EXISTS (SELECT 1 FROM sales_team_membership m
                                  WHERE m.team_id = ? AND m.sales_owner = member AND m.valid_to IS NULL)
                ON CONFLICT DO NOTHING""")) {
            s.setString(1, team.teamId());
            s.setTimestamp(2, at);
            s.setArray(3, tx.createArrayOf("varchar", team.members().toArray()));
            s.setString(4, team.teamId());
            s.executeUpdate();
        }
    }

    private static void set(Connection tx, TargetDefinition target) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO collection_target (target_id, period, scope, scope_id, currency, collect, max_overdue_ratio,
                                               max_dso, set_by, set_at, sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (target_id) DO UPDATE
                SET period = excluded.period, scope = excluded.scope, scope_id = excluded.scope_id,
                    currency = excluded.currency, collect = excluded.collect,
                    max_overdue_ratio = excluded.max_overdue_ratio, max_dso = excluded.max_dso,
                    set_by = excluded.set_by, set_at = excluded.set_at, sequence = excluded.sequence
                WHERE collection_target.sequence < excluded.sequence""")) {
            s.setString(1, target.targetId());
            s.setString(2, target.period());
            s.setString(3, target.scope());
            s.setString(4, target.scopeId());
            s.setString(5, target.currency());
            s.setBigDecimal(6, target.collect());
            s.setBigDecimal(7, target.maxOverdueRatio());
            s.setBigDecimal(8, target.maxDso());
            s.setString(9, target.setBy());
            s.setTimestamp(10, Timestamp.from(target.setAt()));
            s.setLong(11, target.sequence());
            s.executeUpdate();
        }
    }
}
