package io.ledgerline.customer.api;

/** Topics customer-service publishes; records are keyed by customer id. */
public final class CustomerTopics {

    /** Every {@link io.ledgerline.customer.api.v1.CustomerEvent}, in order per customer. */
    public static final String EVENTS = "ledgerline.customer.events";

    private CustomerTopics() {
    }
}
