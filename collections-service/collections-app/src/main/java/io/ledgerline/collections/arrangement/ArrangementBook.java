package io.ledgerline.collections.arrangement;

import io.ledgerline.collections.api.v1.CollectionsEvent;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.api.v1.PaymentPlanAgreed.Installment;
import io.ledgerline.collections.api.v1.PaymentPlanAgreed;
import io.ledgerline.collections.api.v1.PaymentPlanCompleted;
import io.ledgerline.collections.api.v1.PaymentPlanDefaulted;
import io.ledgerline.collections.api.v1.PaymentPlanInstallmentMet;
import io.ledgerline.collections.api.v1.PromiseToPayMade;
import io.ledgerline.collections.api.v1.PromiseToPayResolved;
import io.ledgerline.collections.arrangement.ArrangementCommand.AgreePlan;
import io.ledgerline.collections.arrangement.ArrangementCommand.MakePromise;
import io.ledgerline.collections.arrangement.ArrangementCommand.Review;
import io.ledgerline.collections.casework.CaseworkRefused;
import io.ledgerline.collections.ladder.Amounts;
import io.ledgerline.collections.ladder.OpenItem.Pause;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one customer's promises to pay and payment plans, free of Axon so that a replay can run them alone: each
 * command's method returns the events it records and evolves the book by them as it goes.
 * <ul>
 *   <li>An item is under at most one running arrangement: a pending promise or an active plan.</li>
 *   <li>A promise counts the payments on its items from the day it was made to its date plus tolerance. It is kept as
 *   soon as they reach its amount; past that day it is partially kept when something was paid, broken when nothing was.
 *   Its items' ladder waits from the day after it was made until its date plus tolerance, unless it is partially kept or
 *   broken before.</li>
 *   <li>A plan counts the payments on its items from the day it was agreed. Installment n is met as soon as they reach
 *   the first n installments' sum; past its date plus tolerance unmet, the plan defaults. It completes when the last is
 *   met. Its items' ladder waits from the day after it was agreed while it is active.</li>
 * </ul>
 * A payment counts from the day after its business date, like every fact the ladder reads, so the review on a date
 * decides the same whenever during that date the day's payments arrive.
 */
public final class ArrangementBook {

    public static final String PENDING = "PENDING";
    public static final String ACTIVE = "ACTIVE";
    public static final String DEFAULTED = "DEFAULTED";
    public static final String COMPLETED = "COMPLETED";

    private record Promise(List<String> invoiceIds, Money amount, LocalDate promisedFor, int toleranceDays, LocalDate madeOn,
                           String status) {

        LocalDate lastDay() {
            return promisedFor.plusDays(toleranceDays);
        }
    }

    private record Plan(List<String> invoiceIds, String currency, List<Installment> installments, int toleranceDays,
                        LocalDate agreedOn, int met, String status) {
    }

    private final String customerId;
    private final Map<String, Promise> promises = new LinkedHashMap<>();
    private final Map<String, Plan> plans = new LinkedHashMap<>();

    public ArrangementBook(String customerId) {
        this.customerId = customerId;
    }

    public ArrangementBook copy() {
        ArrangementBook copy = new ArrangementBook(customerId);
        copy.promises.putAll(promises);
        copy.plans.putAll(plans);
        return copy;
    }

    public List<CollectionsEvent> make(MakePromise command) {
        refuseArranged(command.invoiceIds());
        if (command.promisedFor().isBefore(command.on())) {
            throw new CaseworkRefused("promised-in-the-past", "promisedFor " + command.promisedFor() + " is before today, "
                    + command.on(), "promisedFor");
        }
        return record(new PromiseToPayMade(customerId, command.promiseId(), command.caseId(), command.invoiceIds(), command.amount(),
                command.promisedFor(), command.toleranceDays(), command.on(), command.by(), command.note()));
    }

    public List<CollectionsEvent> agree(AgreePlan command) {
        refuseArranged(command.invoiceIds());
        if (command.installments().get(0).dueDate().isBefore(command.on())) {
            throw new CaseworkRefused("installment-in-the-past", "the first installment is due "
                    + command.installments().get(0).dueDate() + ", before today, " + command.on(), "installments");
        }
        return record(new PaymentPlanAgreed(customerId, command.planId(), command.caseId(), command.invoiceIds(), command.currency(),
                command.installments(), command.toleranceDays(), command.on(), command.by()));
    }

    private void refuseArranged(List<String> invoiceIds) {
        Set<String> running = runningItems();
        for (String invoiceId : invoiceIds) {
            if (running.contains(invoiceId)) {
                throw new CaseworkRefused("already-arranged", "invoice " + invoiceId + " is already under a pending promise to pay "
                        + "or an active payment plan", "invoiceIds");
            }
        }
    }

    private Set<String> runningItems() {
        Set<String> running = new HashSet<>();
        promises.values().stream().filter(p -> PENDING.equals(p.status())).forEach(p -> running.addAll(p.invoiceIds()));
        plans.values().stream().filter(p -> ACTIVE.equals(p.status())).forEach(p -> running.addAll(p.invoiceIds()));
        return running;
    }

    /** The promises and plans judged as of {@code asOf}: outcomes of promises, then installments met or missed. */
    public List<CollectionsEvent> review(Review command) {
        List<CollectionsEvent> recorded = new ArrayList<>();
        LocalDate asOf = command.asOf();
        for (Map.Entry<String, Promise> entry : List.copyOf(promises.entrySet())) {
            Promise p = entry.getValue();
            if (!PENDING.equals(p.status()) || !p.madeOn().isBefore(asOf)) {
                continue;
            }
            LocalDate seenTo = earlier(asOf.minusDays(1), p.lastDay());
            BigDecimal paid = paid(command.payments(), p.invoiceIds(), p.madeOn(), seenTo);
            String outcome = paid.compareTo(p.amount().amount()) >= 0 ? PromiseToPayResolved.KEPT
                    : !asOf.isAfter(p.lastDay()) ? null
                    : paid.signum() > 0 ? PromiseToPayResolved.PARTIALLY_KEPT : PromiseToPayResolved.BROKEN;
            if (outcome != null) {
                String currency = p.amount().currency();
                recorded.addAll(record(new PromiseToPayResolved(customerId, entry.getKey(), outcome, p.amount(),
                        new Money(Amounts.plain(paid), currency), asOf, Amounts.plain(paid).toPlainString() + " of "
                        + p.amount().amount().toPlainString() + " " + currency + " paid by " + seenTo + " (promised for "
                        + p.promisedFor() + ", " + p.toleranceDays() + " days' tolerance)")));
            }
        }
        for (Map.Entry<String, Plan> entry : List.copyOf(plans.entrySet())) {
            recorded.addAll(reviewPlan(entry.getKey(), entry.getValue(), command.payments(), asOf));
        }
        return recorded;
    }

    private List<CollectionsEvent> reviewPlan(String planId, Plan plan, List<ItemPayment> payments, LocalDate asOf) {
        List<CollectionsEvent> recorded = new ArrayList<>();
        if (!ACTIVE.equals(plan.status()) || !plan.agreedOn().isBefore(asOf)) {
            return recorded;
        }
        BigDecimal due = BigDecimal.ZERO;
        for (int i = 0; i < plan.installments().size(); i++) {
            Installment installment = plan.installments().get(i);
            due = due.add(installment.amount().amount());
            if (i < plan.met()) {
                continue;
            }
            LocalDate lastDay = installment.dueDate().plusDays(plan.toleranceDays());
            BigDecimal paid = paid(payments, plan.invoiceIds(), plan.agreedOn(), earlier(asOf.minusDays(1), lastDay));
            if (paid.compareTo(due) >= 0) {
                recorded.addAll(record(new PaymentPlanInstallmentMet(customerId, planId, installment.number(), installment.dueDate(),
                        money(due, plan), money(paid, plan), asOf)));
            } else {
                if (asOf.isAfter(lastDay)) {
                    recorded.addAll(record(new PaymentPlanDefaulted(customerId, planId, installment.number(), installment.dueDate(),
                            money(due, plan), money(paid, plan), asOf)));
                }
                return recorded;
            }
        }
        BigDecimal paid = paid(payments, plan.invoiceIds(), plan.agreedOn(), asOf.minusDays(1));
        recorded.addAll(record(new PaymentPlanCompleted(customerId, planId, money(paid, plan), asOf)));
        return recorded;
    }

    /** The items whose ladder an arrangement pauses on {@code asOf} (after the review of that date). */
    public Map<String, Pause> pausesOn(LocalDate asOf) {
        Map<String, Pause> pauses = new HashMap<>();
        for (Promise p : promises.values()) {
            boolean running = PENDING.equals(p.status()) || PromiseToPayResolved.KEPT.equals(p.status());
            if (running && p.madeOn().isBefore(asOf) && !asOf.isAfter(p.lastDay())) {
                p.invoiceIds().forEach(id -> pauses.put(id, Pause.PROMISE));
            }
        }
        for (Plan p : plans.values()) {
            if (ACTIVE.equals(p.status()) && p.agreedOn().isBefore(asOf)) {
                p.invoiceIds().forEach(id -> pauses.put(id, Pause.PLAN));
            }
        }
        return pauses;
    }

    private static BigDecimal paid(List<ItemPayment> payments, List<String> invoiceIds, LocalDate from, LocalDate to) {
        return payments.stream().filter(p -> invoiceIds.contains(p.invoiceId()))
                .filter(p -> !p.paidOn().isBefore(from) && !p.paidOn().isAfter(to))
                .map(ItemPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Money money(BigDecimal amount, Plan plan) {
        return new Money(Amounts.plain(amount), plan.currency());
    }

    private List<CollectionsEvent> record(CollectionsEvent event) {
        evolve(event);
        return List.of(event);
    }

    /** The book after {@code event}. */
    public void evolve(CollectionsEvent event) {
        if (event instanceof PromiseToPayMade e) {
            promises.put(e.promiseId(), new Promise(e.invoiceIds(), e.amount(), e.promisedFor(), e.toleranceDays(), e.madeOn(), PENDING));
        } else if (event instanceof PromiseToPayResolved e) {
            Promise p = promises.get(e.promiseId());
            promises.put(e.promiseId(), new Promise(p.invoiceIds(), p.amount(), p.promisedFor(), p.toleranceDays(), p.madeOn(), e.outcome()));
        } else if (event instanceof PaymentPlanAgreed e) {
            plans.put(e.planId(), new Plan(e.invoiceIds(), e.currency(), e.installments(), e.toleranceDays(), e.agreedOn(), 0, ACTIVE));
        } else if (event instanceof PaymentPlanInstallmentMet e) {
            plans.computeIfPresent(e.planId(), (id, p) -> new Plan(p.invoiceIds(), p.currency(), p.installments(), p.toleranceDays(),
                    p.agreedOn(), e.number(), p.status()));
        } else if (event instanceof PaymentPlanDefaulted e) {
            plans.computeIfPresent(e.planId(), (id, p) -> new Plan(p.invoiceIds(), p.currency(), p.installments(), p.toleranceDays(),
                    p.agreedOn(), p.met(), DEFAULTED));
        } else if (event instanceof PaymentPlanCompleted e) {
            plans.computeIfPresent(e.planId(), (id, p) -> new Plan(p.invoiceIds(), p.currency(), p.installments(), p.toleranceDays(),
                    p.agreedOn(), p.met(), COMPLETED));
        }
    }
}
