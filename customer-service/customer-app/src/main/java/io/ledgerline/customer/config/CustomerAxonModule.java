package io.ledgerline.customer.config;

import io.ledgerline.customer.api.v1.CustomerContactsChanged;
import io.ledgerline.customer.api.v1.CustomerLifecycleChanged;
import io.ledgerline.customer.api.v1.CustomerProfileUpdated;
import io.ledgerline.customer.api.v1.CustomerRegistered;
import io.ledgerline.customer.api.v1.RiskSignalRecorded;
import io.ledgerline.customer.customer.Customer;
import io.ledgerline.platform.eventing.axon.AxonModule;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import org.axonframework.config.Configurer;

/** The customer master's aggregate and the published events it stores, wired into Axon here and only here. */
@Singleton
public class CustomerAxonModule implements AxonModule {

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(Customer.class);
    }

    @Override
    public Collection<Class<?>> eventTypes() {
        return List.of(CustomerRegistered.class, CustomerProfileUpdated.class, CustomerContactsChanged.class,
                CustomerLifecycleChanged.class, RiskSignalRecorded.class);
    }
}
