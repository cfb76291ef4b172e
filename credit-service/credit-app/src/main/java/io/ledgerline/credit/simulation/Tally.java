package io.ledgerline.credit.simulation;

import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.check.CreditCheck.Status;
import io.ledgerline.credit.simulation.Replayed.Figures;
import io.ledgerline.credit.simulation.Replayed.Outcomes;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts checks as recorded and under the candidate, and sums per currency the orders whose approval would change. */
final class Tally {

    private int checks;
    private final Map<Status, Integer> recorded = new EnumMap<>(Status.class);
    private final Map<Status, Integer> candidate = new EnumMap<>(Status.class);
    private int noLongerApproved;
    private final Map<String, BigDecimal> avoided = new TreeMap<>();
    private int newlyApproved;
    private final Map<String, BigDecimal> added = new TreeMap<>();

    void add(Status recordedStatus, Status candidateStatus, Money amount) {
        checks++;
        recorded.merge(recordedStatus, 1, Integer::sum);
        candidate.merge(candidateStatus, 1, Integer::sum);
        boolean wasApproved = recordedStatus == Status.APPROVED;
        boolean wouldBeApproved = candidateStatus == Status.APPROVED;
        if (wasApproved && !wouldBeApproved) {
            noLongerApproved++;
            avoided.merge(amount.currency(), amount.amount(), BigDecimal::add);
        } else if (!wasApproved && wouldBeApproved) {
            newlyApproved++;
            added.merge(amount.currency(), amount.amount(), BigDecimal::add);
        }
    }

    Figures figures(int customers) {
        return new Figures(customers, checks, outcomes(recorded), outcomes(candidate), noLongerApproved, money(avoided),
                newlyApproved, money(added));
    }

    private static Outcomes outcomes(Map<Status, Integer> counts) {
        return new Outcomes(counts.getOrDefault(Status.APPROVED, 0), counts.getOrDefault(Status.HOLD, 0),
                counts.getOrDefault(Status.REJECTED, 0));
    }

    /** Per currency, in currency order, with at least 2 decimals ({@code "200000.00"}). */
    private static List<Money> money(Map<String, BigDecimal> sums) {
        return sums.entrySet().stream()
                .map(e -> new Money(e.getValue().setScale(Math.max(2, e.getValue().stripTrailingZeros().scale())), e.getKey()))
                .toList();
    }
}
