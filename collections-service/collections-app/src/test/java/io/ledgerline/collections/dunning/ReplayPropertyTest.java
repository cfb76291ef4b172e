package io.ledgerline.collections.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.collections.api.v1.CaseClosed;
import io.ledgerline.collections.api.v1.CaseOpened;
import io.ledgerline.collections.api.v1.CaseReassigned;
import io.ledgerline.collections.api.v1.CollectionsEvent;
import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.api.v1.PaymentPlanAgreed.Installment;
import io.ledgerline.collections.api.v1.PaymentPlanCompleted;
import io.ledgerline.collections.api.v1.PaymentPlanDefaulted;
import io.ledgerline.collections.api.v1.PaymentPlanInstallmentMet;
import io.ledgerline.collections.api.v1.PromiseToPayResolved;
import io.ledgerline.collections.api.v1.TradingRestrictionRequested;
import io.ledgerline.collections.arrangement.ArrangementBook;
import io.ledgerline.collections.arrangement.ArrangementCommand.AgreePlan;
import io.ledgerline.collections.arrangement.ArrangementCommand.MakePromise;
import io.ledgerline.collections.arrangement.ArrangementCommand.Review;
import io.ledgerline.collections.arrangement.Arrangements;
import io.ledgerline.collections.arrangement.ItemPayment;
import io.ledgerline.collections.casework.CaseFile;
import io.ledgerline.collections.casework.CaseOwners;
import io.ledgerline.collections.casework.Casework;
import io.ledgerline.collections.casework.CaseworkCommand.EscalateCase;
import io.ledgerline.collections.casework.CaseworkCommand.FollowSteps;
import io.ledgerline.collections.casework.CaseworkRefused;
import io.ledgerline.collections.dunning.DunningCaseCommand.EvaluateDunning;
import io.ledgerline.collections.ladder.GradeHistory;
import io.ledgerline.collections.ladder.ItemHistory;
import io.ledgerline.collections.ladder.LadderPolicy;
import io.ledgerline.collections.ladder.OpenItem.Pause;
import io.ledgerline.collections.ladder.OpenItem;
import io.ledgerline.collections.ladder.Overdue;
import io.ledgerline.collections.ladder.TakenStep;
import io.ledgerline.collections.policy.PolicyText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The replay property: for 200 random histories (seeded, so a failure names its seed and repeats), the escalation state
 * after live processing (each business day an evaluation at its start, then one after every fact as it arrives on its
 * business date) equals the state after evaluating from scratch, with every fact known, once per business date. Both
 * decide through {@link DunningCase#decide}, with the shipped default policy; the customer's cases and tasks follow the
 * steps of each evaluation through {@link CaseFile}, so they too must come out the same. jqwik is not used: its releases run on
 * JUnit Platform 1, this build on JUnit 6.
 */
class ReplayPropertyTest {

    private static final int HISTORIES = 200;
    private static final int DAYS = 150;
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final String CUSTOMER = "0379-NEVHP";
    private static final LadderPolicy POLICY = new LadderPolicy(1, PolicyText.shipped(PolicyText.DEFAULT_POLICY));
    private static final CaseOwners OWNERS = new CaseOwners("sales.li", "finance.zhao", "legal.sun");

    /** A fact with its business day (days after {@link #START}), arriving on that day. */
    sealed interface Fact {
        int day();
    }

    record Issue(int day, String id, String currency, BigDecimal amount, int dueIn) implements Fact {
    }

    /** A change of an item's open amount; {@code payment}: a payment applied (negative) or undone (positive). */
    record Move(int day, String id, BigDecimal amount, boolean payment) implements Fact {
    }

    /** A collector records a promise to pay {@code share} of what is dunnable on item {@code id}, for {@code in} days ahead. */
    record Promised(int day, String id, BigDecimal share, int in, int tolerance) implements Fact {
    }

    /** A plan of {@code installments} equal parts of what is dunnable on item {@code id}, {@code every} days apart. */
    record Planned(int day, String id, int installments, int every, int tolerance) implements Fact {
    }

    record Disputed(int day, String id, String disputeId, BigDecimal amount) implements Fact {
    }

    record Resolved(int day, String id, String disputeId) implements Fact {
    }

    record Graded(int day, long sequence, String grade) implements Fact {
    }

    @Test
    void live_processing_and_evaluation_from_scratch_reach_the_same_steps() {
        int steps = 0;
        int late = 0;
        int restrictions = 0;
        int opened = 0;
        int reopened = 0;
        int closed = 0;
        int toLegal = 0;
        Map<String, Integer> outcomes = new java.util.HashMap<>();
        for (long n = 1; n <= HISTORIES; n++) {
            long seed = n;
            List<Fact> history = history(new Random(seed));
            List<CollectionsEvent> live = live(history);
            List<CollectionsEvent> scratch = fromScratch(history);
            assertThat(sorted(live)).as("seed %d: live and from scratch", seed).isEqualTo(sorted(scratch));
            Set<String> once = new HashSet<>();
            live.stream().filter(DunningStepReached.class::isInstance).map(DunningStepReached.class::cast)
                    .forEach(e -> assertThat(once.add(e.invoiceId() + "/" + e.stepId())).as("seed %d: %s reached twice", seed, e).isTrue());
            steps += (int) live.stream().filter(DunningStepReached.class::isInstance).count();
            late += (int) live.stream().filter(e -> e instanceof DunningStepReached r && r.late()).count();
            restrictions += (int) live.stream().filter(TradingRestrictionRequested.class::isInstance).count();
            opened += (int) live.stream().filter(CaseOpened.class::isInstance).count();
            reopened += (int) live.stream().filter(e -> e instanceof CaseOpened o && o.caseNumber() > 1).count();
            closed += (int) live.stream().filter(CaseClosed.class::isInstance).count();
            toLegal += (int) live.stream().filter(e -> e instanceof CaseReassigned r && "LEGAL".equals(r.level())).count();
            live.forEach(e -> outcomes.merge(outcome(e), 1, Integer::sum));
        }
        // the histories exercise the ladder: steps on their day and late, up to legal action
        assertThat(steps).isGreaterThan(1000);
        assertThat(late).isGreaterThan(100);
        assertThat(restrictions).isGreaterThan(50);
        // and the cases: opened, reopened after closing, closed, escalated to legal
        assertThat(opened).isGreaterThan(100);
        assertThat(reopened).isGreaterThan(10);
        assertThat(closed).isGreaterThan(20);
        assertThat(toLegal).isGreaterThan(20);
        // and the arrangements: promises kept, kept in part and broken (escalating the case), plans met, completed, defaulted
        assertThat(outcomes).as("arrangement outcomes over all histories: %s", outcomes)
                .hasEntrySatisfying(PromiseToPayResolved.KEPT, n -> assertThat(n).isGreaterThan(5))
                .hasEntrySatisfying(PromiseToPayResolved.PARTIALLY_KEPT, n -> assertThat(n).isGreaterThan(5))
                .hasEntrySatisfying(PromiseToPayResolved.BROKEN, n -> assertThat(n).isGreaterThan(20))
                .hasEntrySatisfying("escalated-by-promise", n -> assertThat(n).isGreaterThan(10))
                .hasEntrySatisfying("installment-met", n -> assertThat(n).isGreaterThan(5))
                .hasEntrySatisfying("plan-completed", n -> assertThat(n).isGreaterThan(2))
                .hasEntrySatisfying("plan-defaulted", n -> assertThat(n).isGreaterThan(10));
    }

    private static String outcome(CollectionsEvent e) {
        if (e instanceof PromiseToPayResolved r) {
            return r.outcome();
        } else if (e instanceof CaseReassigned r && r.stepId() == null) {
            return "escalated-by-promise";
        } else if (e instanceof PaymentPlanInstallmentMet) {
            return "installment-met";
        } else if (e instanceof PaymentPlanCompleted) {
            return "plan-completed";
        } else if (e instanceof PaymentPlanDefaulted) {
            return "plan-defaulted";
        }
        return "other";
    }

    /** Each day: the run at its start with what is known, then an evaluation after each fact of the day as it arrives. */
    private static List<CollectionsEvent> live(List<Fact> history) {
        List<Fact> known = new ArrayList<>();
        State state = new State();
        int next = 0;
        for (int day = 0; day <= DAYS; day++) {
            state.evaluate(day, known);
            while (next < history.size() && history.get(next).day() == day) {
                Fact fact = history.get(next++);
                known.add(fact);
                state.arrange(fact, day, known);
                state.evaluate(day, known);
            }
        }
        return state.events;
    }

    /** Every fact known from the start, one evaluation per business date. */
    private static List<CollectionsEvent> fromScratch(List<Fact> history) {
        State state = new State();
        for (int day = 0; day <= DAYS; day++) {
            state.evaluate(day, history);
            for (Fact fact : history) {
                if (fact.day() == day) {
                    state.arrange(fact, day, history);
                }
            }
        }
        return state.events;
    }

    /** The customer's dunning case as its events leave it. */
    private static final class State {

        final List<CollectionsEvent> events = new ArrayList<>();
        final Set<TakenStep> taken = new HashSet<>();
        final CaseFile cases = new CaseFile(CUSTOMER);
        final ArrangementBook arrangements = new ArrangementBook(CUSTOMER);
        int arranged;

        /**
         * A promise or plan as the API makes it: on the open case, for an item open then with something dunnable, never on an
         * item under a running one (refused, nothing recorded).
         */
        void arrange(Fact fact, int day, List<Fact> known) {
            LocalDate on = START.plusDays(day);
            if (!(fact instanceof Promised || fact instanceof Planned) || !cases.caseOpen()) {
                return;
            }
            String id = fact instanceof Promised p ? p.id() : ((Planned) fact).id();
            Optional<OpenItem> item = open(known, on).stream().filter(i -> i.invoiceId().equals(id) && i.dunnable().signum() > 0).findFirst();
            if (item.isEmpty()) {
                return;
            }
            BigDecimal dunnable = item.get().dunnable();
            String currency = item.get().currency();
            String arrangementId = "A" + ++arranged;
            try {
                if (fact instanceof Promised p) {
                    BigDecimal amount = dunnable.multiply(p.share()).setScale(2, java.math.RoundingMode.DOWN).max(new BigDecimal("0.01"));
                    events.addAll(arrangements.make(new MakePromise(Arrangements.idOf(CUSTOMER), CUSTOMER, arrangementId, "case",
                            List.of(id), new Money(amount, currency), on.plusDays(p.in()), p.tolerance(), null, "collector", on)));
                } else if (fact instanceof Planned p) {
                    BigDecimal part = dunnable.divide(BigDecimal.valueOf(p.installments()), 2, java.math.RoundingMode.DOWN)
                            .max(new BigDecimal("0.01"));
                    List<Installment> installments = new ArrayList<>();
                    for (int n = 1; n <= p.installments(); n++) {
                        installments.add(new Installment(n, on.plusDays((long) n * p.every()), new Money(part, currency)));
                    }
                    events.addAll(arrangements.agree(new AgreePlan(Arrangements.idOf(CUSTOMER), CUSTOMER, arrangementId, "case",
                            List.of(id), currency, installments, p.tolerance(), "finance", on)));
                }
            } catch (CaseworkRefused refused) {
                // as the API: a second arrangement on an item records nothing
            }
        }

        void evaluate(int day, List<Fact> known) {
            LocalDate asOf = START.plusDays(day);
            List<OpenItem> open = open(known, asOf);
            // the customer's arrangements are judged first, as DunningEvaluations has them judged; a broken promise escalates
            for (CollectionsEvent e : arrangements.review(new Review(Arrangements.idOf(CUSTOMER), CUSTOMER, asOf, payments(known, asOf)))) {
                events.add(e);
                if (e instanceof PromiseToPayResolved r && PromiseToPayResolved.BROKEN.equals(r.outcome())) {
                    events.addAll(cases.escalate(new EscalateCase(Casework.idOf(CUSTOMER), CUSTOMER, asOf, r.promiseId(), "I0", "N-I0",
                            "promise " + r.promiseId() + " broken", Overdue.of(open, asOf), OWNERS)));
                }
            }
            Map<String, Pause> pauses = arrangements.pausesOn(asOf);
            open = open.stream().map(i -> i.pausedBy(pauses.get(i.invoiceId()))).toList();
            String grade = grades(known).gradeOn(asOf).orElse(null);
            List<DunningStepReached> reached = new ArrayList<>();
            for (CollectionsEvent e : DunningCase.decide(new EvaluateDunning(CUSTOMER, asOf, open, grade, POLICY), taken)) {
                events.add(e);
                if (e instanceof DunningStepReached r) {
                    taken.add(new TakenStep(r.invoiceId(), r.stepId()));
                    reached.add(r);
                }
            }
            // the customer's cases follow the steps in the same evaluation, as DunningEvaluations has them follow
            boolean overdue = CaseFile.overdueLeft(open, asOf, POLICY);
            Set<String> openInvoices = open.stream().map(OpenItem::invoiceId).collect(java.util.stream.Collectors.toSet());
            if (CaseFile.matters(reached, cases.caseOpen(), overdue, cases.settledReminder(openInvoices))) {
                events.addAll(cases.follow(new FollowSteps(Casework.idOf(CUSTOMER), CUSTOMER, asOf, reached, overdue, openInvoices,
                        OWNERS)));
            }
        }
    }

    private static List<OpenItem> open(List<Fact> known, LocalDate asOf) {
        return items(known).stream().map(i -> i.asOf(asOf)).flatMap(Optional::stream).filter(i -> i.open().signum() > 0).toList();
    }

    /** The payments known before {@code asOf}, as the receivables projection keeps them: applied positive, undone negative. */
    private static List<ItemPayment> payments(List<Fact> known, LocalDate asOf) {
        return known.stream().filter(f -> f instanceof Move m && m.payment() && START.plusDays(m.day()).isBefore(asOf)).map(Move.class::cast)
                .map(m -> new ItemPayment(m.id(), START.plusDays(m.day()), m.amount().negate())).toList();
    }

    private static List<ItemHistory> items(List<Fact> known) {
        Map<String, Issue> issued = new LinkedHashMap<>();
        Map<String, List<ItemHistory.Movement>> movements = new LinkedHashMap<>();
        Map<String, Map<String, ItemHistory.Dispute>> disputes = new LinkedHashMap<>();
        for (Fact f : known) {
            LocalDate on = START.plusDays(f.day());
            if (f instanceof Issue i) {
                issued.put(i.id(), i);
            } else if (f instanceof Move m) {
                movements.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(new ItemHistory.Movement(on, m.amount()));
            } else if (f instanceof Disputed d) {
                disputes.computeIfAbsent(d.id(), k -> new LinkedHashMap<>()).put(d.disputeId(), new ItemHistory.Dispute(d.amount(), on, null));
            } else if (f instanceof Resolved r) {
                disputes.get(r.id()).computeIfPresent(r.disputeId(), (k, d) -> new ItemHistory.Dispute(d.amount(), d.openedOn(), on));
            }
        }
        return issued.values().stream().map(i -> new ItemHistory(i.id(), "N-" + i.id(), i.currency(), i.amount(),
                START.plusDays(i.day()), START.plusDays(i.day() + i.dueIn()), movements.getOrDefault(i.id(), List.of()),
                List.copyOf(disputes.getOrDefault(i.id(), Map.of()).values()))).toList();
    }

    private static GradeHistory grades(List<Fact> known) {
        return new GradeHistory(known.stream().filter(Graded.class::isInstance).map(Graded.class::cast)
                .map(g -> new GradeHistory.Graded(START.plusDays(g.day()), g.sequence(), g.grade())).toList());
    }

    /**
     * 1-6 items issued over 100 days, due 0-45 days later, CNY or USD, some below the minimum; payments (full or part, some
     * unapplied again later), debits, disputes (of all or part, most resolved, some upheld with a credit), and grades.
     */
    private static List<Fact> history(Random r) {
        List<Fact> facts = new ArrayList<>();
        int items = 1 + r.nextInt(6);
        for (int n = 0; n < items; n++) {
            String id = "I" + n;
            int issued = r.nextInt(100);
            BigDecimal amount = BigDecimal.valueOf(5000 + r.nextInt(300000), 2);
            facts.add(new Issue(issued, id, r.nextInt(5) == 0 ? "USD" : "CNY", amount, r.nextInt(46)));
            if (r.nextInt(2) == 0) {
                int paidOn = issued + r.nextInt(90);
                BigDecimal paid = r.nextBoolean() ? amount : amount.multiply(BigDecimal.valueOf(r.nextInt(100), 2));
                facts.add(new Move(paidOn, id, paid.negate(), true));
                if (r.nextInt(5) == 0) {
                    facts.add(new Move(paidOn + 1 + r.nextInt(30), id, paid, true));
                }
            }
            if (r.nextInt(10) == 0) {
                facts.add(new Move(issued + r.nextInt(60), id, BigDecimal.valueOf(1000 + r.nextInt(50000), 2), false));
            }
            if (r.nextInt(4) == 0) {
                int openedOn = issued + r.nextInt(70);
                BigDecimal disputed = r.nextBoolean() ? amount : amount.divide(BigDecimal.valueOf(2 + r.nextInt(3)), 2,
                        java.math.RoundingMode.DOWN);
                facts.add(new Disputed(openedOn, id, "D" + n, disputed));
                if (r.nextInt(5) < 3) {
                    int resolvedOn = openedOn + 1 + r.nextInt(30);
                    facts.add(new Resolved(resolvedOn, id, "D" + n));
                    if (r.nextBoolean()) {
                        facts.add(new Move(resolvedOn, id, disputed.negate(), false));
                    }
                }
            }
        }
        // collectors' promises and plans on overdue items, some honoured by a payment, most not
        for (int n = 0; n < items; n++) {
            if (r.nextInt(3) == 0) {
                int on = 20 + r.nextInt(100);
                int in = r.nextInt(15);
                facts.add(new Promised(on, "I" + n, BigDecimal.valueOf(20 + r.nextInt(81), 2), in, r.nextInt(4)));
                if (r.nextInt(3) == 0) {
                    facts.add(new Move(on + r.nextInt(in + 6), "I" + n, BigDecimal.valueOf(-(100 + r.nextInt(200000)), 2), true));
                }
            }
            if (r.nextInt(4) == 0) {
                int on = 30 + r.nextInt(80);
                int every = 7 + r.nextInt(20);
                facts.add(new Planned(on, "I" + n, 1 + r.nextInt(3), every, r.nextInt(6)));
                for (int k = 1; r.nextBoolean() && k <= 3; k++) {
                    facts.add(new Move(on + k * every - r.nextInt(5), "I" + n, BigDecimal.valueOf(-(100 + r.nextInt(150000)), 2), true));
                }
            }
        }
        long sequence = 0;
        if (r.nextInt(10) < 7) {
            facts.add(new Graded(r.nextInt(30), ++sequence, List.of("A", "B", "C", "D").get(r.nextInt(4))));
            if (r.nextInt(10) < 4) {
                facts.add(new Graded(30 + r.nextInt(60), ++sequence, List.of("A", "B", "C", "D").get(r.nextInt(4))));
            }
        }
        // facts arrive on their business day, those of one day in a random order
        List<Fact> dayOrder = new ArrayList<>(facts);
        java.util.Collections.shuffle(dayOrder, r);
        dayOrder.sort(Comparator.comparingInt(Fact::day));
        return dayOrder.stream().filter(f -> f.day() <= DAYS).toList();
    }

    private static List<String> sorted(List<CollectionsEvent> events) {
        return events.stream().map(Object::toString).sorted().toList();
    }
}
