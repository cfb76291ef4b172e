package io.ledgerline.customer.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;

/**
 * Finance set (or replaced) what a sales owner or a team should collect in a period. {@code targetId}
 * is {@code <period>/<scope>/<scopeId>}; {@code period} is a month ({@code 2026-11}), a quarter
 * ({@code 2026-Q4}) or a year ({@code 2026}); {@code scope} is {@code sales-owner} or {@code team}.
 * {@code collect} is in {@code currency}'s minor unit; {@code maxOverdueRatio} (a fraction from 0 to 1)
 * and {@code maxDso} (days) may be null. A later event for the same target replaces the earlier one.
 */
@JsonTypeName("ledgerline.customer.CollectionTargetSet.v1")
public record CollectionTargetSet(
        String targetId,
        String period,
        String scope,
        String scopeId,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal collect,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal maxOverdueRatio,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal maxDso,
        String setBy) implements SalesPerformanceEvent {
}
