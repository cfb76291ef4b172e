package io.ledgerline.platform.eventing.projection;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.platform.eventing.kafka.EventTopics;
import io.ledgerline.platform.eventing.projection.ProjectionRebuild.State;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs every {@link Projection} bean of the service on its own checkpointed Kafka consumer, and
 * rebuilds one from offset 0 when ops ask, without stopping its reads: the rebuild folds into a new
 * version in a schema of its own, then swaps it in under the same table names in one transaction
 * (see {@link RebuildWorker}). Reads go through {@link ProjectionReads} and never notice.
 */
@Startup
@Singleton
@IfBuildProperty(name = "ledgerline.projections.enabled", stringValue = "true")
public class ProjectionRunner {

    private static final Logger LOG = Logger.getLogger(ProjectionRunner.class);
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    Instance<Projection> projections;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "ledgerline.kafka.bootstrap-servers")
    String bootstrapServers;

    @ConfigProperty(name = "ledgerline.kafka.topic-partitions", defaultValue = "6")
    int partitions;

    private final List<ProjectionWorker> workers = new ArrayList<>();
    private final Map<UUID, RebuildWorker> rebuilding = new ConcurrentHashMap<>();
    private String home;
    private Rebuilds rebuilds;

    @PostConstruct
    void start() {
        try (Connection c = dataSource.getConnection()) {
            home = ProjectionVersions.home(c);
            rebuilds = new Rebuilds(home);
            discardOrphans(c);
            for (Projection projection : projections) {
                // The projection may start before the publishing service ever ran: create its topics the same way.
                projection.topics().forEach(topic -> EventTopics.ensure(bootstrapServers, topic, partitions));
                int version = ProjectionVersions.register(c, home, projection.name());
                ProjectionWorker worker = new ProjectionWorker(projection, version, dataSource, home, bootstrapServers, metrics);
                workers.add(worker);
                worker.start();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read which version of each projection serves", e);
        }
    }

    @PreDestroy
    void stop() {
        List.copyOf(rebuilding.values()).forEach(RebuildWorker::stop);
        workers.forEach(ProjectionWorker::stop);
    }

    /** Events behind the end of the projection's topics, summed over its partitions. */
    public long lag(String projection) {
        return workers.stream().filter(w -> w.name().equals(projection)).mapToLong(ProjectionWorker::lag).sum();
    }

    /**
     * Starts folding {@code name} from offset 0 into a new version while the serving one answers reads;
     * it switches in by itself once it has caught up with the end of the topics.
     */
    public synchronized RebuildOutcome rebuild(String name, String requestedBy) {
        Optional<Projection> found = projection(name);
        if (found.isEmpty()) {
            return new RebuildOutcome.UnknownProjection(name);
        }
        Projection projection = found.get();
        if (projection.tables().isEmpty()) {
            return new RebuildOutcome.NotRebuildable(name);
        }
        Connection owner = null;
        try {
            owner = dataSource.getConnection();
            discardOrphans(owner);
            UUID id = UUID.randomUUID();
            owner.setAutoCommit(false);
            int version = rebuilds.nextVersion(owner, name, ProjectionVersions.serving(owner, home, name));
            rebuilds.insert(owner, id, name, version, requestedBy);
            RebuildWorker.shadowOf(projection, version, home).create(owner);
            // Held by this connection until the rebuild ends; taken before the row is visible to anyone.
            Rebuilds.tryOwn(owner, id);
            owner.commit();
            owner.setAutoCommit(true);
            ProjectionRebuild rebuild = rebuilds.find(owner, name, id).orElseThrow();
            RebuildWorker worker = new RebuildWorker(projection, rebuild, dataSource, home, owner, bootstrapServers, metrics,
                    ended -> rebuilding.remove(ended.id()));
            rebuilding.put(id, worker);
            worker.start();
            LOG.infof("%s asked for a rebuild of projection %s: version %d is being folded from offset 0 (rebuild %s)",
                    requestedBy, name, version, id);
            return new RebuildOutcome.Started(rebuild);
        } catch (SQLException e) {
            rollbackAndClose(owner);
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return new RebuildOutcome.AlreadyBuilding(lastRebuild(name).orElseThrow());
            }
            throw new IllegalStateException("cannot start a rebuild of projection " + name, e);
        } catch (RuntimeException e) {
            rollbackAndClose(owner);
            throw e;
        }
    }

    /** Every projection of the service with its serving version, this instance's lag and its latest rebuild. */
    public List<ProjectionStatus> projections() {
        List<ProjectionStatus> statuses = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (Projection projection : projections) {
                statuses.add(new ProjectionStatus(projection.name(), projection.topics(), projection.tables(),
                        ProjectionVersions.serving(c, home, projection.name()), lag(projection.name()),
                        rebuilds.latest(c, projection.name()).orElse(null)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the projections' versions", e);
        }
        statuses.sort((a, b) -> a.name().compareTo(b.name()));
        return statuses;
    }

    /** A rebuild of {@code name}, whichever instance runs or ran it. */
    public Optional<ProjectionRebuild> rebuild(String name, UUID id) {
        try (Connection c = dataSource.getConnection()) {
            return rebuilds.find(c, name, id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read rebuild " + id, e);
        }
    }

    public Optional<Projection> projection(String name) {
        return projections.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private Optional<ProjectionRebuild> lastRebuild(String name) {
        try (Connection c = dataSource.getConnection()) {
            return rebuilds.latest(c, name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the rebuilds of " + name, e);
        }
    }

    /**
     * Discards building rebuilds whose instance is gone (nobody holds their ownership lock): their
     * schema is dropped and their checkpoints forgotten; the serving version was never touched.
     */
    private void discardOrphans(Connection c) throws SQLException {
        for (ProjectionRebuild orphan : rebuilds.building(c)) {
            if (rebuilding.containsKey(orphan.id()) || !Rebuilds.tryOwn(c, orphan.id())) {
                continue;
            }
            try {
                Optional<Projection> projection = projection(orphan.projection());
                InTransaction.run(c, tx -> {
                    if (rebuilds.finish(tx, orphan.id(), State.DISCARDED, "its instance stopped before the switch")) {
                        new ShadowTables(home, ProjectionVersions.schema(orphan.projection(), orphan.version()), List.of()).drop(tx);
                        new Checkpoints(ProjectionVersions.key(orphan.projection(), orphan.version()), home).forget(tx);
                    }
                });
                LOG.infof("Rebuild %s of projection %s lost its instance before the switch: version %d was discarded%s",
                        orphan.id(), orphan.projection(), orphan.version(),
                        projection.isPresent() ? "" : " (the projection no longer runs here)");
            } finally {
                Rebuilds.release(c, orphan.id());
            }
        }
    }

    private static void rollbackAndClose(Connection c) {
        if (c == null) {
            return;
        }
        try (c) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            LOG.warn("could not roll back a rebuild that did not start", e);
        }
    }
}
