package io.ledgerline.collections.dunning;

import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.attribution.PaymentsToAttribute;
import io.ledgerline.collections.casework.CaseReads;
import io.ledgerline.collections.receivables.CustomerItems;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * The daily dunning run: every customer with an item that may be open on the business date is evaluated as of it, each
 * in its own transaction, so steps whose day came without any new fact are reached. Runs on
 * {@code ledgerline.collections.dunning.cron} as of the business clock's today, and on request for any day up to today.
 * A customer whose evaluation fails is marked for {@link EvaluationWorker} to evaluate again.
 */
@ApplicationScoped
public class DunningRun {

    private static final Logger LOG = Logger.getLogger(DunningRun.class);

    @Inject
    CustomerItems items;

    @Inject
    DunningEvaluations evaluations;

    @Inject
    CaseReads cases;

    @Inject
    PaymentsToAttribute payments;

    @Inject
    EvaluationsDue due;

    @Inject
    Clock clock;

    @Scheduled(identity = "collections-dunning-daily", cron = "${ledgerline.collections.dunning.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run(LocalDate.now(clock));
    }

    public RunSummary run(LocalDate asOf) {
        // a customer whose last overdue item was paid has none open, but its case must still close
        Set<String> toEvaluate = new TreeSet<>(items.customersWithOpenItems(asOf));
        toEvaluate.addAll(cases.customersWithOpenCase());
        // a payment that settled a customer's last item (no case open) is attributed the day after it, by this run
        toEvaluate.addAll(payments.customers(asOf));
        List<String> customers = List.copyOf(toEvaluate);
        List<DunningStepReached> reached = new ArrayList<>();
        int failed = 0;
        for (String customerId : customers) {
            try {
                reached.addAll(QuarkusTransaction.requiringNew().call(() -> evaluations.evaluateWithin(customerId, asOf)));
            } catch (RuntimeException e) {
                failed++;
                LOG.warnf(e, "the dunning run as of %s could not evaluate customer %s; it is marked for the worker", asOf, customerId);
                due.mark(customerId, "the dunning run as of " + asOf + " failed: " + e.getMessage(), LocalDate.now(clock));
            }
        }
        long late = reached.stream().filter(DunningStepReached::late).count();
        LOG.infof("Dunning run as of %s: %d of %d customers with open items evaluated (%d failed), %d steps reached (%d late)",
                asOf, customers.size() - failed, customers.size(), failed, reached.size(), late);
        return new RunSummary(asOf, customers.size() - failed, failed, reached.size(),
                reached.stream().limit(RunSummary.MAX_LISTED).map(RunSummary.Reached::of).toList());
    }
}
