package io.ledgerline.collections.policy;

import io.ledgerline.collections.api.v1.DunningPolicyDefinition;
import io.ledgerline.collections.ladder.LadderPolicy;
import java.time.LocalDate;

/** One published dunning policy version: who published it, when, and what it says. */
public record PolicyVersion(int version, String publishedBy, LocalDate publishedOn, DunningPolicyDefinition policy) {

    public LadderPolicy ladders() {
        return new LadderPolicy(version, policy);
    }
}
