package io.ledgerline.platform.eventing.axon;

import java.util.Collection;
import org.axonframework.config.Configurer;

/**
 * A service's contribution to the Axon configuration: its aggregates, handlers and the events it
 * stores. Declare an implementation as a {@code @Singleton} bean; {@link AxonRuntime} applies
 * every module before starting Axon, so Axon never appears on domain classes.
 */
public interface AxonModule {

    /** Registers aggregates, command and event handlers. */
    void configure(Configurer configurer);

    /**
     * The event classes this service stores. Each carries its contract name and version in
     * {@code @JsonTypeName} (e.g. {@code ledgerline.receivables.InvoiceIssued.v1}); that name, not
     * the Java class name, is what the event store and Kafka record, so renaming a class never
     * changes the contract.
     */
    Collection<Class<?>> eventTypes();
}
