package io.ledgerline.collections.dunning;

import io.ledgerline.collections.dunning.EvaluationsDue.Due;
import io.ledgerline.platform.eventing.due.DueWork;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Evaluates the customers a new fact marked, every {@code ledgerline.collections.dunning.drain-every}, as of the business
 * clock's today, each in its own transaction with the clearing of its mark; one that fails is logged and kept for a retry
 * after {@code ledgerline.collections.dunning.retry-after}, doubled per failure. Instances share the work: a customer being
 * evaluated is locked and skipped by the others.
 */
@Startup
@ApplicationScoped
public class EvaluationWorker {

    private static final Logger LOG = Logger.getLogger(EvaluationWorker.class);

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

    private DueWork<Due> work;

    /** Every instance has its work queue before a scheduled drain can reach it; {@code @Startup} registers the metrics at start. */
    @PostConstruct
    void registerMetrics() {
        Gauge.builder("ledgerline.collections.evaluations.due", due, EvaluationsDue::count)
                .description("customers marked for dunning evaluation, not yet evaluated").register(metrics);
        Counter evaluated = Counter.builder("ledgerline.collections.evaluations").tag("outcome", "evaluated")
                .description("dunning evaluations after a new fact").register(metrics);
        Counter failed = Counter.builder("ledgerline.collections.evaluations").tag("outcome", "failed")
                .description("dunning evaluations after a new fact").register(metrics);
        work = new DueWork<>(due, retryAfter, evaluated, failed);
    }

    @Scheduled(identity = "collections-evaluation-drain", every = "${ledgerline.collections.dunning.drain-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drainToday() {
        drain(LocalDate.now(clock));
    }

    /** Evaluates every customer marked that may be tried now; returns how many were evaluated. */
    public int drain(LocalDate today) {
        return work.drain((customerId, mark) -> evaluations.evaluateWithin(customerId, today),
                (customerId, mark, error, cause) -> LOG.warnf(cause,
                        "customer %s could not be evaluated for dunning as of %s after %s: %s; kept for a retry", customerId, today,
                        mark.cause(), error));
    }
}
