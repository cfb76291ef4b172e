package io.ledgerline.collections.arrangement;

import io.ledgerline.collections.api.v1.CollectionsEvent;
import io.ledgerline.collections.api.v1.PaymentPlanAgreed;
import io.ledgerline.collections.api.v1.PaymentPlanCompleted;
import io.ledgerline.collections.api.v1.PaymentPlanDefaulted;
import io.ledgerline.collections.api.v1.PaymentPlanInstallmentMet;
import io.ledgerline.collections.api.v1.PromiseToPayMade;
import io.ledgerline.collections.api.v1.PromiseToPayResolved;
import io.ledgerline.collections.arrangement.ArrangementCommand.Review;
import io.ledgerline.collections.casework.Cases;
import io.ledgerline.collections.casework.CaseworkRefused;
import io.ledgerline.collections.ladder.OpenItem.Pause;
import io.ledgerline.collections.ladder.OpenItem;
import io.ledgerline.collections.ladder.Overdue;
import io.ledgerline.collections.receivables.CustomerItems;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Sends the customer's {@link Arrangements} its commands and folds what it records into {@link ArrangementRows} in the
 * same transaction. The dunning evaluation calls {@link #reviewWithin} before it climbs the ladder, so that a broken
 * promise escalates the case and the items a promise or plan covers wait, all decided from the events and the date.
 */
@ApplicationScoped
public class CustomerArrangements {

    private static final Logger LOG = Logger.getLogger(CustomerArrangements.class);

    @Inject
    CommandGateway commands;

    @Inject
    ArrangementRows rows;

    @Inject
    ArrangementReads reads;

    @Inject
    CustomerItems items;

    @Inject
    Cases cases;

    /**
     * Judges the customer's promises and plans as of {@code asOf} against the payments on their items; a broken promise
     * passes its case one level up. Returns the items an arrangement pauses on {@code asOf}; {@code open}: the customer's
     * items open then. Use inside a transaction.
     */
    public Map<String, Pause> reviewWithin(String customerId, LocalDate asOf, List<OpenItem> open) {
        if (!rows.reviewable(customerId, asOf)) {
            return Map.of();
        }
        Arrangements.Reviewed reviewed = commands.sendAndWait(new Review(Arrangements.idOf(customerId), customerId, asOf,
                items.payments(customerId, asOf)));
        for (CollectionsEvent event : reviewed.recorded()) {
            fold(event);
            if (event instanceof PromiseToPayResolved e && PromiseToPayResolved.BROKEN.equals(e.outcome())) {
                PromiseView promise = reads.promise(e.promiseId()).orElseThrow();
                String invoiceId = promise.invoiceIds().get(0);
                String invoiceNumber = open.stream().filter(i -> i.invoiceId().equals(invoiceId)).map(OpenItem::invoiceNumber).findFirst()
                        .orElse(invoiceId);
                cases.escalateWithin(customerId, asOf, e.promiseId(), invoiceId, invoiceNumber, "promise to pay " + e.promised().amount()
                        .toPlainString() + " " + e.promised().currency() + " by " + promise.promisedFor() + " (made " + promise.madeOn()
                        + ") is broken: " + e.reason(), Overdue.of(open, asOf));
            }
        }
        return reviewed.pauses();
    }

    /** Sends a promise or plan in a transaction of its own; a refusal ({@link CaseworkRefused}) stores nothing. */
    public void sendAlone(ArrangementCommand command) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<CollectionsEvent> recorded = commands.sendAndWait(command);
            recorded.forEach(this::fold);
        });
    }

    private void fold(CollectionsEvent event) {
        rows.fold(event);
        log(event);
    }

    private static void log(CollectionsEvent event) {
        if (event instanceof PromiseToPayMade e) {
            LOG.infof("customer %s: promise to pay %s %s by %s (%d days' tolerance) made on %s by %s, covering %d item(s) on case %s",
                    e.customerId(), e.amount().amount().toPlainString(), e.amount().currency(), e.promisedFor(), e.toleranceDays(),
                    e.madeOn(), e.madeBy(), e.invoiceIds().size(), e.caseId());
        } else if (event instanceof PromiseToPayResolved e) {
            LOG.infof("customer %s: promise %s %s on %s: %s", e.customerId(), e.promiseId(), e.outcome(), e.resolvedOn(), e.reason());
        } else if (event instanceof PaymentPlanAgreed e) {
            LOG.infof("customer %s: payment plan %s agreed on %s by %s: %d installments in %s from %s, covering %d item(s)",
                    e.customerId(), e.planId(), e.agreedOn(), e.agreedBy(), e.installments().size(), e.currency(),
                    e.installments().get(0).dueDate(), e.invoiceIds().size());
        } else if (event instanceof PaymentPlanInstallmentMet e) {
            LOG.infof("customer %s: installment %d of plan %s (due %s) met on %s: %s paid of %s due so far", e.customerId(), e.number(),
                    e.planId(), e.dueDate(), e.metOn(), e.paid().amount().toPlainString(), e.due().amount().toPlainString());
        } else if (event instanceof PaymentPlanDefaulted e) {
            LOG.infof("customer %s: plan %s defaulted on %s: installment %d (due %s) missed, %s paid of %s due; dunning resumes",
                    e.customerId(), e.planId(), e.defaultedOn(), e.number(), e.dueDate(), e.paid().amount().toPlainString(),
                    e.due().amount().toPlainString());
        } else if (event instanceof PaymentPlanCompleted e) {
            LOG.infof("customer %s: plan %s completed on %s: %s %s paid", e.customerId(), e.planId(), e.completedOn(),
                    e.paid().amount().toPlainString(), e.paid().currency());
        }
    }
}
