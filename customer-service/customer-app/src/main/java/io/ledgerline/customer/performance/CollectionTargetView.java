package io.ledgerline.customer.performance;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.customer.performance.CollectionTargetCommand.SetCollectionTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The service's own read of collection targets ({@code collection_target_version}): every version as it
 * was set, kept in the transaction that stores the target's events; the highest version is current.
 */
@ApplicationScoped
public class CollectionTargetView {

    private static final String COLUMNS = "target_id, version, period, scope, scope_id, currency, collect, "
            + "max_overdue_ratio, max_dso, set_by, set_at";

    /** One version of a target; amounts and limits as decimal strings, {@code null} when not set. */
    @Schema(name = "CollectionTarget")
    public record Target(
            @Schema(example = "2026-Q4/team/east-distribution") String targetId,
            @Schema(example = "2026-Q4") String period,
            @Schema(example = "team", enumeration = {"sales-owner", "team"}) String scope,
            @Schema(example = "east-distribution") String scopeId,
            @Schema(example = "CNY") String currency,
            @Schema(example = "150000.00") String collect,
            @Schema(example = "0.15") String maxOverdueRatio,
            @Schema(example = "45") String maxDso,
            @Schema(example = "finance-user") String setBy,
            @Schema(example = "2026-10-01T08:30:00Z") Instant setAt,
            @Schema(example = "1", description = "1 for the first setting, one more for each change") int version) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** The current version of each target, of one period or (null) of all, by target id. */
    public List<Target> current(String period) {
        return query("SELECT DISTINCT ON (target_id) " + COLUMNS + " FROM collection_target_version"
                + (period == null ? "" : " WHERE period = ?") + " ORDER BY target_id, version DESC", period);
    }

    /** Every version of one target, newest first. */
    public List<Target> history(String targetId) {
        return query("SELECT " + COLUMNS + " FROM collection_target_version WHERE target_id = ? ORDER BY version DESC", targetId);
    }

    public Optional<Target> find(String targetId) {
        return history(targetId).stream().findFirst();
    }

    /** Records the terms as the target's next version. */
    public void add(SetCollectionTarget target, int version, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO collection_target_version (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, target.targetId());
            s.setInt(2, version);
            s.setString(3, target.period().label());
            s.setString(4, target.scope().parameter());
            s.setString(5, target.scopeId());
            s.setString(6, target.currency());
            s.setBigDecimal(7, target.collect());
            s.setBigDecimal(8, target.maxOverdueRatio());
            s.setBigDecimal(9, target.maxDso());
            s.setString(10, target.setBy());
            s.setTimestamp(11, Timestamp.from(at));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record collection target " + target.targetId(), e);
        }
    }

    private List<Target> query(String sql, String argument) {
        List<Target> targets = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (argument != null) {
                s.setString(1, argument);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    targets.add(new Target(rs.getString("target_id"), rs.getString("period"), rs.getString("scope"),
                            rs.getString("scope_id"), rs.getString("currency").trim(), text(rs.getBigDecimal("collect")),
                            text(rs.getBigDecimal("max_overdue_ratio")), text(rs.getBigDecimal("max_dso")),
                            rs.getString("set_by"), rs.getTimestamp("set_at").toInstant(), rs.getInt("version")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read collection targets", e);
        }
        return targets;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
