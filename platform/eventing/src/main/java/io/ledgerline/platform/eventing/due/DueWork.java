package io.ledgerline.platform.eventing.due;

import io.micrometer.core.instrument.Counter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Drains a table of customers marked for work (re-assessment, dunning evaluation, ...): each customer that may be tried
 * now is locked and acted on in its own transaction with the clearing of its mark; one that fails is counted, reported and
 * kept for a retry after {@code retryAfter} (the queue doubles it per failure). Instances share the work: a customer
 * being acted on is locked and skipped by the others.
 *
 * @param <M> the mark the queue keeps per customer
 */
public final class DueWork<M> {

    private static final int BATCH = 100;

    /** The marks, as a service keeps them in its own table. */
    public interface Queue<M> {

        /** Up to {@code limit} customers due that may be tried now. */
        List<String> ready(int limit);

        /** The customer's mark, locked until the current transaction ends; empty when not due, not yet to retry, or held. */
        Optional<M> lock(String customerId);

        /** Clears the mark acted on, in the transaction that acted. */
        void done(M mark);

        /** Keeps the mark for a retry after {@code retryAfter}, doubled per failure, with the error. */
        void failed(M mark, String error, Duration retryAfter);
    }

    /** What is done for one customer, inside the transaction that clears its mark. */
    @FunctionalInterface
    public interface Action<M> {
        void act(String customerId, M mark);
    }

    /** Says in business terms that acting on a customer failed; the mark is kept for a retry. */
    @FunctionalInterface
    public interface Failure<M> {
        void report(String customerId, M mark, String error, RuntimeException cause);
    }

    private final Queue<M> queue;
    private final Duration retryAfter;
    private final Counter succeeded;
    private final Counter failed;

    public DueWork(Queue<M> queue, Duration retryAfter, Counter succeeded, Counter failed) {
        this.queue = queue;
        this.retryAfter = retryAfter;
        this.succeeded = succeeded;
        this.failed = failed;
    }

    /** Does {@code action} for every customer due that may be tried now; returns for how many it succeeded. */
    public int drain(Action<M> action, Failure<M> failure) {
        int total = 0;
        List<String> batch;
        int done;
        do {
            batch = queue.ready(BATCH);
            done = 0;
            for (String customerId : batch) {
                if (actOn(customerId, action, failure)) {
                    done++;
                }
            }
            total += done;
        } while (batch.size() == BATCH && done > 0);
        return total;
    }

    private boolean actOn(String customerId, Action<M> action, Failure<M> failure) {
        Object[] acted = new Object[1];
        try {
            boolean done = QuarkusTransaction.requiringNew().call(() -> {
                Optional<M> mark = queue.lock(customerId);
                if (mark.isEmpty()) {
                    return false;
                }
                acted[0] = mark.get();
                action.act(customerId, mark.get());
                queue.done(mark.get());
                return true;
            });
            if (done) {
                succeeded.increment();
            }
            return done;
        } catch (RuntimeException e) {
            if (acted[0] == null) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            M mark = (M) acted[0];
            failed.increment();
            String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            failure.report(customerId, mark, error, e);
            QuarkusTransaction.requiringNew().run(() -> queue.failed(mark, error, retryAfter));
            return false;
        }
    }
}
