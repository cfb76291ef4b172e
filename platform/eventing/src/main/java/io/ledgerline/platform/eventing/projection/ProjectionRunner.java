package io.ledgerline.platform.eventing.projection;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.platform.eventing.kafka.EventTopics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs every {@link Projection} bean of the service on its own checkpointed Kafka consumer. */
@Startup
@Singleton
@IfBuildProperty(name = "ledgerline.projections.enabled", stringValue = "true")
public class ProjectionRunner {

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

    @PostConstruct
    void start() {
        for (Projection projection : projections) {
            // The projection may start before the publishing service ever ran: create its topics the same way.
            projection.topics().forEach(topic -> EventTopics.ensure(bootstrapServers, topic, partitions));
            ProjectionWorker worker = new ProjectionWorker(projection, dataSource, bootstrapServers, metrics);
            workers.add(worker);
            worker.start();
        }
    }

    @PreDestroy
    void stop() {
        workers.forEach(ProjectionWorker::stop);
    }

    /** Events behind the end of the projection's topics, summed over its partitions. */
    public long lag(String projection) {
        return workers.stream().filter(w -> w.name().equals(projection)).mapToLong(ProjectionWorker::lag).sum();
    }
}
