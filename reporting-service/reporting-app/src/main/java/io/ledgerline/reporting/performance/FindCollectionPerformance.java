package io.ledgerline.reporting.performance;

import io.ledgerline.platform.eventing.projection.ProjectionReads;
import io.ledgerline.reporting.aging.GroupBy;
import io.ledgerline.reporting.metrics.FindMetrics;
import io.ledgerline.reporting.metrics.MetricsPeriod.Period;
import io.ledgerline.reporting.metrics.MetricsReport;
import io.ledgerline.reporting.metrics.MetricsRequest;
import io.ledgerline.reporting.metrics.MinorUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collection performance: the period metrics by sales owner ({@link FindMetrics}), kept to one currency, added up
 * per team by current membership when asked, and set against the targets of the period.
 */
@ApplicationScoped
public class FindCollectionPerformance {

    @Inject
    FindMetrics metrics;

    @Inject
    ProjectionReads reads;

    public CollectionPerformanceReport find(PerformanceRequest request) {
        MetricsRequest question = request.figures();
        List<Period> periods = question.period().between(question.from(), question.to());
        MetricsReport byOwner = metrics.find(question);
        SalesOrganisation organisation;
        try (Connection c = reads.connection()) {
            organisation = SalesOrganisation.read(c, request.groupBy().targetScope(), request.currency(),
                    periods.stream().map(Period::label).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read sales teams and collection targets", e);
        }
        Map<String, Map<String, Figures>> figures = new HashMap<>();
        for (MetricsReport.Row row : byOwner.rows()) {
            if (row.currency().equals(request.currency())) {
                figures.computeIfAbsent(row.period(), p -> new TreeMap<>())
                        .merge(key(row.key(), request.groupBy(), organisation), Figures.of(row), Figures::plus);
            }
        }
        List<CollectionPerformanceReport.Row> rows = new ArrayList<>();
        for (Period period : periods) {
            Map<String, Figures> ofPeriod = figures.getOrDefault(period.label(), Map.of());
            Set<String> keys = new TreeSet<>(ofPeriod.keySet());
            organisation.targets().keySet().stream().filter(t -> t.period().equals(period.label()))
                    .forEach(t -> keys.add(t.key()));
            for (String key : keys) {
                rows.add(row(period, key, ofPeriod.getOrDefault(key, Figures.NONE), request, organisation));
            }
        }
        return new CollectionPerformanceReport(question.period().parameter(), question.from(), question.to(),
                request.groupBy().parameter(), request.currency(), rows);
    }

    private static CollectionPerformanceReport.Row row(Period period, String key, Figures figures, PerformanceRequest request,
                                                       SalesOrganisation organisation) {
        String currency = request.currency();
        BigDecimal dso = figures.dso(period.days());
        BigDecimal overdueRatio = figures.overdueRatio();
        Team team = request.groupBy() == PerformanceGroupBy.TEAM ? organisation.teams().get(key) : organisation.teamOfOwner().get(key);
        return new CollectionPerformanceReport.Row(period.label(), period.start(), period.end(), period.days(), key, team,
                MinorUnit.format(figures.sales(), currency), MinorUnit.format(figures.collected(), currency),
                MinorUnit.format(figures.receivablesAtEnd(), currency), MinorUnit.format(figures.overdueAtEnd(), currency),
                text(overdueRatio), text(dso),
                organisation.target(period.label(), key).map(t -> TargetAttainment.of(t, figures, overdueRatio, dso)).orElse(null));
    }

    /** An owner's row key: the owner, or their current team ('(none)' outside every team; '(unknown)' stays). */
    private static String key(String owner, PerformanceGroupBy groupBy, SalesOrganisation organisation) {
        if (groupBy == PerformanceGroupBy.SALES_OWNER || GroupBy.UNKNOWN.equals(owner)) {
            return owner;
        }
        Team team = organisation.teamOfOwner().get(owner);
        return team == null ? GroupBy.NONE : team.teamId();
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
