package io.ledgerline.collections.ladder;

import io.ledgerline.collections.policy.PolicyText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Moves the business date over a customer's items, evaluating the ladder on each day it is told to, as the service does. */
final class LadderWalk {

    /** A step reached on {@code day}. */
    record Reached(LocalDate day, String invoiceId, String stepId, boolean late, BigDecimal amount) {

        @Override
        public String toString() {
            return day + " " + invoiceId + " " + stepId + (late ? " late" : "") + " " + amount.toPlainString();
        }
    }

    static final LadderPolicy DEFAULT = new LadderPolicy(1, PolicyText.shipped(PolicyText.DEFAULT_POLICY));

    private final LadderPolicy policy;
    private final List<ItemHistory> items = new ArrayList<>();
    private final Set<TakenStep> taken = new HashSet<>();
    private final List<Reached> reached = new ArrayList<>();
    private GradeHistory grades = new GradeHistory(List.of());

    LadderWalk(LadderPolicy policy) {
        this.policy = policy;
    }

    LadderWalk item(ItemHistory item) {
        items.removeIf(i -> i.invoiceId().equals(item.invoiceId()));
        items.add(item);
        return this;
    }

    LadderWalk grades(GradeHistory grades) {
        this.grades = grades;
        return this;
    }

    /** Evaluates every day from {@code from} to {@code to}, both included; returns what those days reached. */
    List<Reached> everyDay(LocalDate from, LocalDate to) {
        List<Reached> now = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            now.addAll(on(d));
        }
        return now;
    }

    /** Evaluates one day; returns what it reached. */
    List<Reached> on(LocalDate day) {
        List<OpenItem> open = items.stream().map(i -> i.asOf(day)).flatMap(Optional::stream).filter(i -> i.open().signum() > 0).toList();
        List<Reached> now = new ArrayList<>();
        for (StepDue due : LadderEvaluation.due(open, grades.gradeOn(day).orElse(null), policy, day, taken)) {
            taken.add(new TakenStep(due.item().invoiceId(), due.step().id()));
            now.add(new Reached(day, due.item().invoiceId(), due.step().id(), due.late(), due.amountDunned()));
        }
        reached.addAll(now);
        return now;
    }

    List<Reached> reached() {
        return List.copyOf(reached);
    }

    /** An item of {@code amount} issued on {@code issued}, due on {@code due}, with the movements and disputes given. */
    static ItemHistory item(String id, String currency, String amount, LocalDate issued, LocalDate due, List<ItemHistory.Movement> movements,
                            List<ItemHistory.Dispute> disputes) {
        return new ItemHistory(id, "N-" + id, currency, new BigDecimal(amount), issued, due, movements, disputes);
    }

    static ItemHistory.Movement paid(String amount, LocalDate on) {
        return new ItemHistory.Movement(on, new BigDecimal(amount).negate());
    }

    static ItemHistory.Movement reopened(String amount, LocalDate on) {
        return new ItemHistory.Movement(on, new BigDecimal(amount));
    }
}
