package io.ledgerline.collections.api.v1;

/** A fact collections-service publishes; the customer id is the Kafka key, so a customer's facts stay in order. */
public sealed interface CollectionsEvent permits TradingRestrictionRequested {

    String customerId();
}
