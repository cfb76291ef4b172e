package io.ledgerline.collections.ladder;

import io.ledgerline.collections.api.v1.DunningLadder;
import io.ledgerline.collections.api.v1.DunningPolicyDefinition;
import io.ledgerline.collections.api.v1.Money;
import java.math.BigDecimal;

/**
 * A published dunning policy version, as the ladder applies it: the ladder of a credit grade (the
 * {@link DunningPolicyDefinition#UNGRADED} ladder for no grade or a grade no ladder lists) and the minimum balance of a
 * currency (zero when the policy names none).
 */
public record LadderPolicy(int version, DunningPolicyDefinition definition) {

    public DunningLadder ladderFor(String grade) {
        DunningLadder ungraded = null;
        for (DunningLadder ladder : definition.ladders()) {
            if (grade != null && ladder.grades().contains(grade)) {
                return ladder;
            }
            if (ladder.grades().contains(DunningPolicyDefinition.UNGRADED)) {
                ungraded = ladder;
            }
        }
        if (ungraded == null) {
            throw new IllegalStateException("dunning policy version " + version + " has no " + DunningPolicyDefinition.UNGRADED + " ladder");
        }
        return ungraded;
    }

    public BigDecimal minimum(String currency) {
        return definition.minimumBalances().stream().filter(m -> m.currency().equals(currency)).map(Money::amount)
                .findFirst().orElse(BigDecimal.ZERO);
    }
}
