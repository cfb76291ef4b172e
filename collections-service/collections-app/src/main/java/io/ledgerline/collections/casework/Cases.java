package io.ledgerline.collections.casework;

import io.ledgerline.collections.api.v1.ActivityLogged;
import io.ledgerline.collections.api.v1.CaseClosed;
import io.ledgerline.collections.api.v1.CaseOpened;
import io.ledgerline.collections.api.v1.CaseReassigned;
import io.ledgerline.collections.api.v1.CollectionsEvent;
import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.api.v1.TaskCompleted;
import io.ledgerline.collections.api.v1.TaskCreated;
import io.ledgerline.collections.api.v1.TaskReassigned;
import io.ledgerline.collections.api.v1.TradingRestrictionRequested;
import io.ledgerline.collections.casework.CaseworkCommand.EscalateCase;
import io.ledgerline.collections.casework.CaseworkCommand.ReviewDowngrade;
import io.ledgerline.collections.credit.CustomerGrades;
import io.ledgerline.collections.casework.CaseworkCommand.FollowSteps;
import io.ledgerline.collections.ladder.LadderPolicy;
import io.ledgerline.collections.ladder.OpenItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Sends the customer's {@link Casework} its commands and folds what it records into {@link CaseRows} in the same
 * transaction. The dunning evaluation calls {@link #followWithin} right after the customer's {@code DunningCase} recorded
 * its steps, so cases are a function of the step events and the business date, and a replay reaches the same cases.
 */
@ApplicationScoped
public class Cases {

    /** How far back a downgrade still gives an open case a review: one older than this is history. */
    static final int DOWNGRADE_LOOKBACK_DAYS = 90;

    private static final Logger LOG = Logger.getLogger(Cases.class);

    @Inject
    CommandGateway commands;

    @Inject
    CaseRows rows;

    @Inject
    CaseReads reads;

    @Inject
    CaseOwnerDirectory owners;

    @Inject
    CustomerGrades grades;

    /**
     * Acts on the steps the customer's items reached on {@code on}; {@code open}: its items open then, {@code policy} the
     * dunning policy in force (its minimum balances); use inside a transaction.
     */
    public void followWithin(String customerId, LocalDate on, List<DunningStepReached> steps, List<OpenItem> open, LadderPolicy policy) {
        boolean overdue = CaseFile.overdueLeft(open, on, policy);
        Set<String> openInvoices = open.stream().map(OpenItem::invoiceId).collect(Collectors.toSet());
        boolean caseOpen = reads.hasOpenCase(customerId);
        boolean settledReminder = !caseOpen && reads.invoicesOfRemindersWithoutCase(customerId).stream().anyMatch(i -> !openInvoices.contains(i));
        if (CaseFile.matters(steps, caseOpen, overdue, settledReminder)) {
            send(new FollowSteps(Casework.idOf(customerId), customerId, on, steps, overdue, openInvoices, owners.of(customerId)));
        }
    }

    /**
     * Passes the customer's open case one level up because of {@code sourceId} (a broken promise on invoice
     * {@code invoiceId}); nothing when no case is open. Use inside a transaction.
     */
    public void escalateWithin(String customerId, LocalDate on, String sourceId, String invoiceId, String invoiceNumber, String reason,
                               List<Money> overdue) {
        if (reads.hasOpenCase(customerId)) {
            send(new EscalateCase(Casework.idOf(customerId), customerId, on, sourceId, invoiceId, invoiceNumber, reason, overdue,
                    owners.of(customerId)));
        } else {
            LOG.infof("customer %s: no open case to escalate on %s: %s", customerId, on, reason);
        }
    }

    /**
     * Gives the customer's open case a review of each credit downgrade assessed in the {@code DOWNGRADE_LOOKBACK_DAYS}
     * before {@code on} that it has not reviewed yet; nothing when no case is open. Use inside a transaction.
     */
    public void reviewDowngradesWithin(String customerId, LocalDate on) {
        if (!reads.hasOpenCase(customerId)) {
            return;
        }
        for (CustomerGrades.Downgrade d : grades.downgrades(customerId, on.minusDays(DOWNGRADE_LOOKBACK_DAYS), on)) {
            if (reads.task(CaseFile.taskId(customerId, d.assessmentId(), CaseFile.DOWNGRADE_STEP)).isEmpty()) {
                LOG.infof("customer %s: credit grade %s -> %s (score %d -> %d) on %s%s: the collection case's owner reviews it",
                        customerId, d.fromGrade(), d.toGrade(), d.fromScore(), d.toScore(), d.assessedOn(),
                        d.trigger() == null ? "" : " (trigger " + d.trigger() + ")");
                send(new ReviewDowngrade(Casework.idOf(customerId), customerId, on, d.assessmentId()));
            }
        }
    }

    /** Sends a command in a transaction of its own; a refusal ({@link CaseworkRefused}) stores nothing. */
    public void sendAlone(CaseworkCommand command) {
        QuarkusTransaction.requiringNew().run(() -> send(command));
    }

    private void send(CaseworkCommand command) {
        List<CollectionsEvent> recorded = commands.sendAndWait(command);
        for (CollectionsEvent event : recorded) {
            rows.fold(event);
            log(event);
        }
    }

    private static void log(CollectionsEvent event) {
        if (event instanceof CaseOpened e) {
            LOG.infof("customer %s: collection case %d (%s) opened on %s for %s after invoice %s reached step %s",
                    e.customerId(), e.caseNumber(), e.caseId(), e.openedOn(), e.owner(), e.invoiceId(), e.stepId());
        } else if (event instanceof CaseReassigned e) {
            LOG.infof("customer %s: case %s passed from %s to %s (%s) on %s by %s: %s", e.customerId(), e.caseId(),
                    e.fromOwner(), e.toOwner(), e.level(), e.reassignedOn(), e.reassignedBy(), e.reason());
        } else if (event instanceof CaseClosed e) {
            LOG.infof("customer %s: case %s closed on %s: %s", e.customerId(), e.caseId(), e.closedOn(), e.reason());
        } else if (event instanceof TaskCreated e) {
            LOG.infof("customer %s: %s task for %s due %s (%sstep %s)", e.customerId(), e.kind(), e.owner(), e.dueDate(),
                    e.invoiceNumber() == null ? "" : "invoice " + e.invoiceNumber() + ", ", e.stepId());
        } else if (event instanceof TaskReassigned e) {
            LOG.infof("customer %s: task %s passed from %s to %s by %s: %s", e.customerId(), e.taskId(),
                    e.fromOwner(), e.toOwner(), e.reassignedBy(), e.reason());
        } else if (event instanceof TaskCompleted e) {
            LOG.infof("customer %s: task %s %s on %s by %s%s", e.customerId(), e.taskId(), e.status(),
                    e.completedOn(), e.completedBy(), e.outcome() == null ? "" : ": " + e.outcome());
        } else if (event instanceof TradingRestrictionRequested e) {
            LOG.infof("customer %s: a trading restriction is requested from credit-service on %s by %s (case %s): %s",
                    e.customerId(), e.requestedOn(), e.requestedBy(), e.caseId(), e.reason());
        } else if (event instanceof ActivityLogged e) {
            LOG.infof("customer %s: %s on %s logged on case %s by %s", e.customerId(), e.type(), e.occurredOn(),
                    e.caseId(), e.loggedBy());
        }
    }
}
