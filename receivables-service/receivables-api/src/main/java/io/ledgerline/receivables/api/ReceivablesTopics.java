package io.ledgerline.receivables.api;

/** Topics receivables-service publishes; records are keyed by customer id. */
public final class ReceivablesTopics {

    /** Every {@link io.ledgerline.receivables.api.v1.ReceivablesEvent}, in order per customer. */
    public static final String EVENTS = "ledgerline.receivables.events";

    private ReceivablesTopics() {
    }
}
