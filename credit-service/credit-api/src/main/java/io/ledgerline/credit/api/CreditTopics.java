package io.ledgerline.credit.api;

/** Topics credit-service publishes; records about a customer are keyed by customer id. */
public final class CreditTopics {

    /**
     * Every {@link io.ledgerline.credit.api.v1.CreditEvent}, in order per key: a customer's events under
     * its customer id, scorecard versions under {@code scorecards}, credit policy versions under {@code credit-policies}.
     */
    public static final String EVENTS = "ledgerline.credit.events";

    private CreditTopics() {
    }
}
