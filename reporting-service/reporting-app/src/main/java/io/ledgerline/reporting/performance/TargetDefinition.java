package io.ledgerline.reporting.performance;

import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** A collection target as one {@code CollectionTargetSet} event sets it, read from the event's JSON by field name. */
record TargetDefinition(String targetId, String period, String scope, String scopeId, String currency, BigDecimal collect,
                        BigDecimal maxOverdueRatio, BigDecimal maxDso, String setBy, Instant setAt, long sequence) {

    static final String TYPE = "ledgerline.customer.CollectionTargetSet.v1";

    static Optional<TargetDefinition> from(EventEnvelope event) {
        if (!TYPE.equals(event.type())) {
            return Optional.empty();
        }
        return Optional.of(new TargetDefinition(Facts.required(event, "targetId"), Facts.required(event, "period"),
                Facts.required(event, "scope"), Facts.required(event, "scopeId"), Facts.required(event, "currency"),
                Facts.decimal(event, "collect").orElseThrow(() -> Facts.missing(event, "collect")),
                Facts.decimal(event, "maxOverdueRatio").orElse(null), Facts.decimal(event, "maxDso").orElse(null),
                Facts.optional(event, "setBy"), Facts.time(event), event.sequence()));
    }
}
