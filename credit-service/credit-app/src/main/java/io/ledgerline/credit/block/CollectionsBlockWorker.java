package io.ledgerline.credit.block;

import io.ledgerline.credit.api.v1.CustomerCreditBlocked;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
 * Acts on collections' pending block requests every {@code ledgerline.collections-requests.every} (an ISO duration,
 * default {@code PT1S}; {@code off}: never), each in its own transaction: the customer's credit is blocked by collections
 * (source COLLECTIONS, the block named by the request id) and the request is done with outcome BLOCKED; when its credit is
 * blocked already, the request is done with outcome ALREADY_BLOCKED and nothing else changes. The request's row is locked
 * while it is acted on, so instances never act on the same request twice.
 */
@ApplicationScoped
public class CollectionsBlockWorker {

    private static final Logger LOG = Logger.getLogger(CollectionsBlockWorker.class);
    private static final int BATCH = 50;

    @ConfigProperty(name = "ledgerline.collections-requests.every", defaultValue = "PT1S")
    String every;

    @Inject
    BlockRequests requests;

    @Inject
    CreditBlocks blocks;

    @Inject
    Clock clock;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent started) {
        String period = every.strip();
        if (period.isEmpty() || "off".equalsIgnoreCase(period)) {
            return;
        }
        long millis = Duration.parse(period).toMillis();
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "collections-block-requests"));
        timer.scheduleWithFixedDelay(this::actOnPending, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Acts on up to a batch of pending requests, oldest first; one that fails stays pending for the next run. */
    void actOnPending() {
        try {
            requests.pending(BATCH).forEach(this::actOn);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not read collections' pending block requests; the next run retries");
        }
    }

    /** Acts on one request in its own transaction, unless it is done or another instance is acting on it. */
    void actOn(String requestId) {
        LocalDate today = LocalDate.now(clock);
        try {
            QuarkusTransaction.requiringNew().run(() -> requests.lockPending(requestId).ifPresent(r -> actOn(r, today)));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Block request %s of collections could not be acted on; it stays pending and the next run retries", requestId);
        }
    }

    private void actOn(BlockRequest request, LocalDate today) {
        Optional<CurrentBlock> standing = blocks.find(request.customerId());
        if (standing.isPresent()) {
            CurrentBlock b = standing.get();
            String detail = "the customer's credit was already blocked (by " + b.blockedBy() + " on " + b.blockedOn() + ", "
                    + b.source() + "): " + b.reason();
            requests.done(request.requestId(), BlockRequestStatus.ALREADY_BLOCKED, b.blockId(), detail, today, clock.instant());
            LOG.infof("Collections asked to block the credit of customer %s (case %s, step %s, request %s, by %s); it is already "
                    + "blocked by %s since %s, so nothing changed", request.customerId(), request.caseId(), request.step(),
                    request.requestId(), request.requestedBy(), b.blockedBy(), b.blockedOn());
            return;
        }
        CurrentBlock block = blocks.blockWithin(request.customerId(), request.requestId(), request.blockReason(), request.blockedBy(),
                CustomerCreditBlocked.COLLECTIONS, today);
        requests.done(request.requestId(), BlockRequestStatus.BLOCKED, block.blockId(), "blocked the customer's credit (by "
                + block.blockedBy() + " on " + block.blockedOn() + ")", today, clock.instant());
    }
}
