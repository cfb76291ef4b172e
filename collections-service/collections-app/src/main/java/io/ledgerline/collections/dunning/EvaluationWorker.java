package io.ledgerline.collections.dunning;

import io.ledgerline.collections.dunning.EvaluationsDue.Due;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Evaluates the customers a new fact marked, every {@code ledgerline.collections.dunning.drain-every}, as of the business
 * clock's today, each in its own transaction with the clearing of its mark; one that fails is logged and kept for a retry
 * after {@code ledgerline.collections.dunning.retry-after}, doubled per failure. Instances share the work: a customer being
 * evaluated is locked and skipped by the others.
 */
@ApplicationScoped
public class EvaluationWorker {

    private static final Logger LOG = Logger.getLogger(EvaluationWorker.class);
    private static final int BATCH = 100;

    @Inject
    EvaluationsDue due;

    @Inject
    DunningEvaluations evaluations;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "ledgerline.collections.dunning.retry-after", defaultValue = "PT1M")
    Duration retryAfter;

    private Counter evaluated;
    private Counter failed;

    void registerMetrics(@Observes StartupEvent started) {
        Gauge.builder("ledgerline.collections.evaluations.due", due, EvaluationsDue::count)
                .description("customers marked for dunning evaluation, not yet evaluated").register(metrics);
        evaluated = Counter.builder("ledgerline.collections.evaluations").tag("outcome", "evaluated")
                .description("dunning evaluations after a new fact").register(metrics);
        failed = Counter.builder("ledgerline.collections.evaluations").tag("outcome", "failed")
                .description("dunning evaluations after a new fact").register(metrics);
    }

    @Scheduled(identity = "collections-evaluation-drain", every = "${ledgerline.collections.dunning.drain-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drainToday() {
        drain(LocalDate.now(clock));
    }

    /** Evaluates every customer marked that may be tried now; returns how many were evaluated. */
    public int drain(LocalDate today) {
        int total = 0;
        List<String> batch;
        int done;
        do {
            batch = due.ready(BATCH);
            done = 0;
            for (String customerId : batch) {
                if (evaluate(customerId, today)) {
                    done++;
                }
            }
            total += done;
        } while (batch.size() == BATCH && done > 0);
        return total;
    }

    private boolean evaluate(String customerId, LocalDate today) {
        Due[] acted = new Due[1];
        try {
            boolean done = QuarkusTransaction.requiringNew().call(() -> {
                Optional<Due> mark = due.lock(customerId);
                if (mark.isEmpty()) {
                    return false;
                }
                acted[0] = mark.get();
                evaluations.evaluateWithin(customerId, today);
                due.done(mark.get());
                return true;
            });
            if (done) {
                evaluated.increment();
            }
            return done;
        } catch (RuntimeException e) {
            if (acted[0] == null) {
                throw e;
            }
            failed.increment();
            String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            LOG.warnf(e, "customer %s could not be evaluated for dunning as of %s after %s: %s; kept for a retry", customerId, today,
                    acted[0].cause(), error);
            QuarkusTransaction.requiringNew().run(() -> due.failed(acted[0], error, retryAfter));
            return false;
        }
    }
}
