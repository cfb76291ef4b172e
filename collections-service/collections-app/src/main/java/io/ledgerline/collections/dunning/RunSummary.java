package io.ledgerline.collections.dunning;

import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.api.v1.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * What a dunning run as of {@code asOf} did: how many customers with an item open it evaluated, how many of them failed
 * (each is kept for the worker to evaluate again), how many steps it reached and the first {@link #MAX_LISTED} of them,
 * in order (every one is on the topic and in each customer's dunning).
 */
public record RunSummary(LocalDate asOf, int customersEvaluated, int customersFailed, int stepsReached, List<Reached> steps) {

    /** At most this many steps are listed: a run catching up on 100,000 items reaches hundreds of thousands. */
    public static final int MAX_LISTED = 1000;

    /** One step reached by the run. */
    public record Reached(String customerId, String invoiceId, String invoiceNumber, String stepId, String action, String owner,
                          LocalDate dueDate, boolean late, Money amountDunned) {

        static Reached of(DunningStepReached e) {
            return new Reached(e.customerId(), e.invoiceId(), e.invoiceNumber(), e.stepId(), e.action(), e.owner(), e.dueDate(),
                    e.late(), e.amountDunned());
        }
    }
}
