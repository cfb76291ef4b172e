package io.ledgerline.credit.reassessment;

import io.ledgerline.credit.profile.CreditProfiles;
import io.ledgerline.platform.web.problem.ProblemException;
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
 * Re-assesses the customers due, every {@code ledgerline.credit.reassessment.drain-every}, as of the business clock's
 * today, each in its own transaction with the clearing of its mark; one that fails is logged and kept for a retry after
 * {@code ledgerline.credit.reassessment.retry-after}, doubled per failure. Instances share the work: a customer being
 * re-assessed is locked and skipped by the others.
 */
@ApplicationScoped
public class ReassessmentWorker {

    private static final Logger LOG = Logger.getLogger(ReassessmentWorker.class);
    private static final int BATCH = 100;

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

    private Counter assessed;
    private Counter failed;

    void registerMetrics(@Observes StartupEvent started) {
        Gauge.builder("ledgerline.credit.reassessments.due", due, ReassessmentsDue::count)
                .description("customers due for re-assessment (marked, not yet re-assessed)").register(metrics);
        assessed = Counter.builder("ledgerline.credit.reassessments").tag("outcome", "assessed")
                .description("automatic re-assessments").register(metrics);
        failed = Counter.builder("ledgerline.credit.reassessments").tag("outcome", "failed")
                .description("automatic re-assessments").register(metrics);
    }

    @Scheduled(identity = "credit-reassessment-drain", every = "${ledgerline.credit.reassessment.drain-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drainToday() {
        drain(LocalDate.now(clock));
    }

    /** Re-assesses every customer due that may be tried now; returns how many were re-assessed. */
    public int drain(LocalDate today) {
        int total = 0;
        List<String> batch;
        int done;
        do {
            batch = due.ready(BATCH);
            done = 0;
            for (String customerId : batch) {
                if (reassess(customerId, today)) {
                    done++;
                }
            }
            total += done;
        } while (batch.size() == BATCH && done > 0);
        return total;
    }

    private boolean reassess(String customerId, LocalDate today) {
        Due[] acted = new Due[1];
        try {
            boolean reassessed = QuarkusTransaction.requiringNew().call(() -> {
                Optional<Due> mark = due.lock(customerId);
                if (mark.isEmpty()) {
                    return false;
                }
                acted[0] = mark.get();
                profiles.reassess(customerId, mark.get().trigger(), mark.get().cause(), today);
                due.done(mark.get());
                return true;
            });
            if (reassessed) {
                assessed.increment();
            }
            return reassessed;
        } catch (RuntimeException e) {
            if (acted[0] == null) {
                throw e;
            }
            failed.increment();
            String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            String message = "customer %s could not be re-assessed after %s (due since %s): %s; kept for a retry";
            if (e instanceof ProblemException) {
                // refused by a business rule (nothing to score, no scorecard yet): the reason says it all
                LOG.warnf(message, customerId, acted[0].cause(), acted[0].since(), error);
            } else {
                LOG.warnf(e, message, customerId, acted[0].cause(), acted[0].since(), error);
            }
            QuarkusTransaction.requiringNew().run(() -> due.failed(acted[0], error, retryAfter));
            return false;
        }
    }
}
