package io.ledgerline.receivables.contract;

import io.ledgerline.receivables.latefee.LateFeeRun;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the business day every {@code ledgerline.business-day.every} (an ISO duration such as
 * {@code PT1H}; absent or {@code off}: never): contracts' schedules, then late fees, as of the
 * business clock's today. Both runs are idempotent, so running often only costs the look.
 */
@ApplicationScoped
public class BusinessDayTimer {

    private static final Logger LOG = Logger.getLogger(BusinessDayTimer.class);

    @ConfigProperty(name = "ledgerline.business-day.every")
    Optional<String> every;

    @Inject
    ContractSchedule schedule;

    @Inject
    LateFeeRun lateFees;

    @Inject
    Clock clock;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent started) {
        String period = every.map(String::strip).orElse("off");
        if (period.isEmpty() || "off".equalsIgnoreCase(period)) {
            return;
        }
        long millis = Duration.parse(period).toMillis();
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "business-day"));
        timer.scheduleWithFixedDelay(this::runToday, millis, millis, TimeUnit.MILLISECONDS);
        LOG.infof("Business day runs every %s: contract schedules, then late fees", period);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void runToday() {
        LocalDate today = LocalDate.now(clock);
        try {
            schedule.run(today);
            lateFees.run(today);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Business day run as of %s failed; the next one retries", today);
        }
    }
}
