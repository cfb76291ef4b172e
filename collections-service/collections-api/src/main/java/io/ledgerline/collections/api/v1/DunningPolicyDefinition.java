package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A dunning policy as data: a ladder per credit grade (one of them for {@link #UNGRADED} customers) and, per currency,
 * the minimum balance an item must have open and undisputed to be dunned (a currency not listed has none).
 */
public record DunningPolicyDefinition(String name, List<DunningLadder> ladders, List<Money> minimumBalances) {

    /** The grade of a ladder for customers without a credit grade, and for grades no ladder lists. */
    public static final String UNGRADED = "UNGRADED";

    @JsonCreator
    public DunningPolicyDefinition {
        ladders = ladders == null ? null : List.copyOf(ladders);
        minimumBalances = minimumBalances == null ? List.of() : List.copyOf(minimumBalances);
    }
}
