package io.ledgerline.customer.api;

/**
 * Topics customer-service publishes; records are keyed by customer id, those of a
 * {@link io.ledgerline.customer.api.v1.SalesPerformanceEvent} by its team's or target's aggregate id.
 */
public final class CustomerTopics {

    /**
     * Every {@link io.ledgerline.customer.api.v1.CustomerEvent}, in order per customer, and every
     * {@link io.ledgerline.customer.api.v1.SalesPerformanceEvent}, in order per team and per target.
     */
    public static final String EVENTS = "ledgerline.customer.events";

    private CustomerTopics() {
    }
}
