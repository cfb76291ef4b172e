package io.ledgerline.customer.api.v1;

/** A fact customer-service publishes; the customer id is the Kafka key, so a customer's facts stay in order. */
public sealed interface CustomerEvent
        permits CustomerRegistered, CustomerProfileUpdated, CustomerContactsChanged, CustomerLifecycleChanged, RiskSignalRecorded {

    String customerId();
}
