package io.ledgerline.customer.config;

import io.ledgerline.customer.api.v1.CollectionTargetSet;
import io.ledgerline.customer.api.v1.CustomerContactsChanged;
import io.ledgerline.customer.api.v1.CustomerLifecycleChanged;
import io.ledgerline.customer.api.v1.CustomerProfileUpdated;
import io.ledgerline.customer.api.v1.CustomerRegistered;
import io.ledgerline.customer.api.v1.RiskSignalRecorded;
import io.ledgerline.customer.api.v1.SalesTeamDefined;
import io.ledgerline.customer.customer.Customer;
import io.ledgerline.customer.performance.CollectionTarget;
import io.ledgerline.customer.performance.SalesTeam;
import io.ledgerline.platform.eventing.axon.AxonModule;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import org.axonframework.config.Configurer;

/**
 * The customer master's aggregates (customers, sales teams, collection targets) and the published events
 * they store, wired into Axon here and only here.
 */
@Singleton
public class CustomerAxonModule implements AxonModule {

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(Customer.class);
        configurer.configureAggregate(SalesTeam.class);
        configurer.configureAggregate(CollectionTarget.class);
    }

    @Override
    public Collection<Class<?>> eventTypes() {
        return List.of(CustomerRegistered.class, CustomerProfileUpdated.class, CustomerContactsChanged.class,
                CustomerLifecycleChanged.class, RiskSignalRecorded.class, SalesTeamDefined.class, CollectionTargetSet.class);
    }
}
