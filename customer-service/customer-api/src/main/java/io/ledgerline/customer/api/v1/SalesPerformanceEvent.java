package io.ledgerline.customer.api.v1;

/**
 * A fact customer-service publishes about how sales is organised and measured rather than about one
 * customer: sales teams and the collection targets finance sets. It names no customer, so the envelope
 * carries no {@code customerid}; the Kafka key is the aggregate's id ({@code sales-team/<teamId>},
 * {@code collection-target/<targetId>}), which keeps each team's and each target's facts in order.
 */
public sealed interface SalesPerformanceEvent permits SalesTeamDefined, CollectionTargetSet {
}
