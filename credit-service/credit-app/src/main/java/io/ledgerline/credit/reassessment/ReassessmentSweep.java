package io.ledgerline.credit.reassessment;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.credit.profile.CreditProfileCommand.AssessCustomer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The daily look for customers whose facts changed without an event saying so: an item that went overdue past
 * {@code ledgerline.credit.reassessment.overdue-days} since the last assessment (trigger payment-behaviour), or a last
 * assessment older than {@code ledgerline.credit.reassessment.every-days} (trigger schedule). Runs on
 * {@code ledgerline.credit.reassessment.cron} as of the business clock's today, and on request.
 */
@ApplicationScoped
public class ReassessmentSweep {

    private static final Logger LOG = Logger.getLogger(ReassessmentSweep.class);

    @Inject
    ReassessmentsDue due;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @ConfigProperty(name = "ledgerline.credit.reassessment.overdue-days", defaultValue = "30")
    int overdueDays;

    @ConfigProperty(name = "ledgerline.credit.reassessment.every-days", defaultValue = "90")
    int everyDays;

    @Scheduled(identity = "credit-reassessment-sweep", cron = "${ledgerline.credit.reassessment.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        run(LocalDate.now(clock), false);
    }

    /** Marks (or, in a dry run, only finds) the customers due as of {@code today}, in one transaction. */
    public Sweep run(LocalDate today, boolean dryRun) {
        if (overdueDays < 1 || everyDays < 1) {
            throw new IllegalStateException("ledgerline.credit.reassessment.overdue-days and every-days must be 1 or more");
        }
        List<Due> marked;
        try (Connection tx = dataSource.getConnection()) {
            tx.setAutoCommit(false);
            try {
                marked = due.sweep(tx, today, overdueDays, everyDays);
                if (dryRun) {
                    tx.rollback();
                } else {
                    tx.commit();
                }
            } catch (SQLException | RuntimeException e) {
                tx.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the re-assessment sweep as of " + today + " failed", e);
        }
        long dueNow = (long) due.count();
        long old = marked.stream().filter(d -> d.trigger().equals(AssessCustomer.SCHEDULE)).count();
        LOG.infof("Re-assessment sweep as of %s %s %d due: %d with an item overdue past %d days, %d last assessed over %d "
                + "days ago; %d customers due in all", today, dryRun ? "would mark" : "marked", marked.size(), marked.size() - old, overdueDays,
                old, everyDays, dueNow);
        return new Sweep(today, dryRun, overdueDays, everyDays, marked.stream().map(Sweep.Marked::of).toList(), dueNow);
    }
}
