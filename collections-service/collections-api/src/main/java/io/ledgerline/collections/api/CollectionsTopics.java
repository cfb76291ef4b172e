package io.ledgerline.collections.api;

/** Topics collections-service publishes; records are keyed by customer id. */
public final class CollectionsTopics {

    /** Every {@link io.ledgerline.collections.api.v1.CollectionsEvent}, in order per customer. */
    public static final String EVENTS = "ledgerline.collections.events";

    private CollectionsTopics() {
    }
}
