package io.ledgerline.credit.reassessment;

import io.ledgerline.credit.profile.CreditProfiles;
import io.ledgerline.platform.eventing.due.DueWork;
import io.ledgerline.platform.web.problem.ProblemException;
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
 * Re-assesses the customers due, every {@code ledgerline.credit.reassessment.drain-every}, as of the business clock's
 * today, each in its own transaction with the clearing of its mark; one that fails is logged and kept for a retry after
 * {@code ledgerline.credit.reassessment.retry-after}, doubled per failure. Instances share the work: a customer being
 * re-assessed is locked and skipped by the others.
 */
@Startup
@ApplicationScoped
public class ReassessmentWorker {

    private static final Logger LOG = Logger.getLogger(ReassessmentWorker.class);

    @Inject
    ReassessmentsDue due;

    @Inject
    CreditProfiles profiles;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "ledgerline.credit.reassessment.retry-after", defaultValue = "PT1M")
    Duration retryAfter;

    private DueWork<Due> work;

    /** Every instance has its work queue before a scheduled drain can reach it; {@code @Startup} registers the metrics at start. */
    @PostConstruct
    void registerMetrics() {
        Gauge.builder("ledgerline.credit.reassessments.due", due, ReassessmentsDue::count)
                .description("customers due for re-assessment (marked, not yet re-assessed)").register(metrics);
        Counter assessed = Counter.builder("ledgerline.credit.reassessments").tag("outcome", "assessed")
                .description("automatic re-assessments").register(metrics);
        Counter failed = Counter.builder("ledgerline.credit.reassessments").tag("outcome", "failed")
                .description("automatic re-assessments").register(metrics);
        work = new DueWork<>(due, retryAfter, assessed, failed);
    }

    @Scheduled(identity = "credit-reassessment-drain", every = "${ledgerline.credit.reassessment.drain-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drainToday() {
        drain(LocalDate.now(clock));
    }

    /** Re-assesses every customer due that may be tried now; returns how many were re-assessed. */
    public int drain(LocalDate today) {
        return work.drain((customerId, mark) -> profiles.reassess(customerId, mark.trigger(), mark.cause(), today),
                ReassessmentWorker::report);
    }

    private static void report(String customerId, Due mark, String error, RuntimeException cause) {
        String message = "customer %s could not be re-assessed after %s (due since %s): %s; kept for a retry";
        if (cause instanceof ProblemException) {
            // refused by a business rule (nothing to score, no scorecard yet): the reason says it all
            LOG.warnf(message, customerId, mark.cause(), mark.since(), error);
        } else {
            LOG.warnf(cause, message, customerId, mark.cause(), mark.since(), error);
        }
    }
}
