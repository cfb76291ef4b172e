package io.ledgerline.customer.performance;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies as clients send them; fields stay text until {@link PerformanceValidation} says they are sound. */
public final class PerformanceRequests {

    private PerformanceRequests() {
    }

    @Schema(name = "SalesTeamDefinition", description = "A team's name and its whole member list after the change")
    public record TeamDefinition(
            @Schema(required = true, example = "East distribution", maxLength = 200) String name,
            @Schema(required = true, example = "[\"wang.li\",\"zhao.min\"]",
                    description = "sales owner ids as customers' profiles name them; an empty list leaves the team without members")
            List<String> members) {
    }

    @Schema(name = "CollectionTargetTerms", description = "What a sales owner or team should achieve in the period")
    public record TargetTerms(
            @Schema(required = true, example = "CNY", description = "ISO 4217") String currency,
            @Schema(required = true, example = "150000.00", description = "amount to collect, more than zero, in the currency's minor unit")
            String collect,
            @Schema(example = "0.15", description = "optional: at most this fraction (0 to 1, 4 decimals) of receivables overdue at the period's end")
            String maxOverdueRatio,
            @Schema(example = "45", description = "optional: at most this DSO in days (0 to 3650, 2 decimals) for the period")
            String maxDso) {
    }
}
