package io.ledgerline.platform.eventing.axon;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Axon 4 on Quarkus, wired by hand: the JDBC event store and token store on the service's own
 * datasource, Jackson with contract names, the JTA adapter, and errors that stop a processor
 * instead of silently skipping an event. Services contribute through {@link AxonModule} beans.
 */
@Startup
@Singleton
@IfBuildProperty(name = "ledgerline.axon.enabled", stringValue = "true")
public class AxonRuntime {

    private static final Logger LOG = Logger.getLogger(AxonRuntime.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    jakarta.transaction.TransactionManager jta;

    @Inject
    Instance<AxonModule> modules;

    @ConfigProperty(name = "ledgerline.axon.batch-size", defaultValue = "100")
    int batchSize;

    private Configuration configuration;

    @PostConstruct
    void start() {
        List<Class<?>> eventTypes = new ArrayList<>();
        modules.forEach(module -> eventTypes.addAll(module.eventTypes()));
        Serializer serializer = ContractSerializer.forEvents(eventTypes);
        TransactionManager transactions = new JtaTransactionAdapter(jta);
        ConnectionProvider connections = dataSource::getConnection;

        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureTransactionManager(c -> transactions)
                .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .schema(EventStoreTables.eventSchema())
                        .persistenceExceptionResolver(AxonRuntime::isUniqueViolation)
                        .build());
        configurer.eventProcessing()
                .registerTokenStore(c -> JdbcTokenStore.builder()
                        .connectionProvider(connections)
                        .serializer(serializer)
                        .schema(EventStoreTables.tokenSchema())
                        .build())
                .usingPooledStreamingEventProcessors((c, builder) -> builder.batchSize(batchSize))
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
        modules.forEach(module -> module.configure(configurer));

        configuration = configurer.buildConfiguration();
        configuration.start();
        LOG.infof("Axon started with %d stored event types on the service's PostgreSQL event store", eventTypes.size());
    }

    @PreDestroy
    void stop() {
        if (configuration != null) {
            configuration.shutdown();
        }
    }

    @Produces
    @Singleton
    CommandGateway commandGateway() {
        return configuration.commandGateway();
    }

    @Produces
    @Singleton
    Configuration configuration() {
        return configuration;
    }

    /** A duplicate key means another command already wrote that aggregate sequence or event id. */
    private static boolean isUniqueViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
