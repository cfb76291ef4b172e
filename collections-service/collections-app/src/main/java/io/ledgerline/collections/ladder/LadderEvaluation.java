package io.ledgerline.collections.ladder;

import io.ledgerline.collections.api.v1.DunningLadder;
import io.ledgerline.collections.api.v1.DunningStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dunning ladder as a pure function: given a customer's items as of a business date, its grade, the policy and the
 * steps already taken, which steps are reached now. Each item climbs its own ladder: a step is reached once, on or after
 * its day (the item's due date plus the step's offset), and never skipped, so several steps due at once (after a pause,
 * downtime, a reopened item) are all reached, in ladder order, flagged late. Nothing about one item changes another's.
 * An item with nothing open is settled, one whose open amount is all disputed is paused, as is one a promise to pay or
 * a payment plan covers then; one whose undisputed open amount is below its currency's minimum balance is not dunned.
 */
public final class LadderEvaluation {

    private static final Comparator<OpenItem> ITEM_ORDER = Comparator.comparing(OpenItem::dueDate)
            .thenComparing(OpenItem::invoiceNumber).thenComparing(OpenItem::invoiceId);

    private LadderEvaluation() {
    }

    /** The steps reached on {@code asOf}, items by due date, each item's steps in ladder order. */
    public static List<StepDue> due(List<OpenItem> items, String grade, LadderPolicy policy, LocalDate asOf, Set<TakenStep> taken) {
        DunningLadder ladder = policy.ladderFor(grade);
        List<StepDue> due = new ArrayList<>();
        for (OpenItem item : items.stream().sorted(ITEM_ORDER).toList()) {
            if (status(item, policy) != ItemStatus.DUNNING) {
                continue;
            }
            for (DunningStep step : ladder.steps()) {
                LocalDate day = item.dueDate().plusDays(step.dayOffset());
                if (!day.isAfter(asOf) && !taken.contains(new TakenStep(item.invoiceId(), step.id()))) {
                    due.add(new StepDue(item, step, day, day.isBefore(asOf)));
                }
            }
        }
        return due;
    }

    /** Where the item stands: its status and, while it is dunned, the first step of its ladder it has not reached. */
    public static ItemStanding standing(OpenItem item, String grade, LadderPolicy policy, Set<TakenStep> taken) {
        ItemStatus status = status(item, policy);
        if (status != ItemStatus.DUNNING) {
            return new ItemStanding(item, status, Optional.empty(), Optional.empty());
        }
        Optional<DunningStep> next = policy.ladderFor(grade).steps().stream()
                .filter(step -> !taken.contains(new TakenStep(item.invoiceId(), step.id()))).findFirst();
        return next.map(step -> new ItemStanding(item, ItemStatus.DUNNING, next, Optional.of(item.dueDate().plusDays(step.dayOffset()))))
                .orElseGet(() -> new ItemStanding(item, ItemStatus.LADDER_COMPLETE, Optional.empty(), Optional.empty()));
    }

    private static ItemStatus status(OpenItem item, LadderPolicy policy) {
        if (item.open().signum() <= 0) {
            return ItemStatus.SETTLED;
        }
        if (item.dunnable().signum() <= 0) {
            return ItemStatus.PAUSED_DISPUTED;
        }
        if (item.pause() != null) {
            return item.pause() == OpenItem.Pause.PROMISE ? ItemStatus.PAUSED_PROMISE : ItemStatus.PAUSED_PLAN;
        }
        if (item.dunnable().compareTo(policy.minimum(item.currency())) < 0) {
            return ItemStatus.BELOW_MINIMUM;
        }
        return ItemStatus.DUNNING;
    }
}
