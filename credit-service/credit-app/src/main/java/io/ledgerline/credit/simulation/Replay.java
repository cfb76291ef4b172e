package io.ledgerline.credit.simulation;

import io.ledgerline.credit.api.v1.CheckReason;
import io.ledgerline.credit.api.v1.CreditCheckApproved;
import io.ledgerline.credit.api.v1.CreditCheckHeld;
import io.ledgerline.credit.api.v1.CreditCheckInputs;
import io.ledgerline.credit.api.v1.CreditCheckRejected;
import io.ledgerline.credit.api.v1.CreditEvent;
import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.CustomerAssessed;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.check.CheckFacts;
import io.ledgerline.credit.check.CreditCheck.Status;
import io.ledgerline.credit.check.CreditCheckRules;
import io.ledgerline.credit.scoring.Grading;
import io.ledgerline.credit.scoring.RecordedFacts;
import io.ledgerline.credit.scoring.Scoring;
import io.ledgerline.credit.simulation.Replayed.Assessments;
import io.ledgerline.credit.simulation.Replayed.DecisionChange;
import io.ledgerline.credit.simulation.Replayed.GradeChange;
import io.ledgerline.credit.simulation.Replayed.GradeFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Replays recorded assessments and order credit checks, in the order they were stored, under a candidate scorecard
 * and/or credit policy. Each assessment is scored again from the facts it recorded (one recorded without facts keeps
 * its score) and graded under the candidate; each check is decided again by {@link CreditCheckRules} with the
 * candidate assessment that stands for the one it read and the credit limit, exposure, overdue days and block it
 * recorded. Pure: it reads and writes nothing, so the same history and candidate always give the same figures.
 */
final class Replay {

    static final String BLOCKED = "blocked";

    private final Candidate candidate;
    private final IntFunction<CreditPolicyDefinition> publishedPolicy;
    private final Scope scope;

    /** The candidate assessment that stands for each recorded one (empty: none, the candidate could not score it or any before). */
    private final Map<String, Optional<CandidateAssessment>> byAssessmentId = new HashMap<>();
    private final Map<String, CandidateAssessment> inForce = new HashMap<>();
    private final Map<String, CustomerAssessed> latestRecorded = new HashMap<>();
    private final Set<String> customers = new HashSet<>();
    private final Map<String, Tally> byGrade = new HashMap<>();
    private final Tally total = new Tally();
    private final List<DecisionChange> decisionChanges = new ArrayList<>();
    private int replayed;
    private int inForceAtFrom;
    private int rescored;
    private int withoutFacts;
    private int notScorable;

    /** @param publishedPolicy a published credit policy version's definition, null when there is no such version */
    Replay(Candidate candidate, IntFunction<CreditPolicyDefinition> publishedPolicy, Scope scope) {
        this.candidate = Objects.requireNonNull(candidate);
        this.publishedPolicy = publishedPolicy;
        this.scope = scope;
    }

    /** The next recorded event; anything but an assessment or a check's decision is passed over. */
    void accept(CreditEvent event) {
        if (event instanceof CustomerAssessed e) {
            assessment(e);
        } else if (event instanceof CreditCheckApproved e) {
            check(e.customerId(), e.orderId(), e.amount(), e.checkedOn(), e.inputs(), List.of(), Status.APPROVED);
        } else if (event instanceof CreditCheckHeld e) {
            check(e.customerId(), e.orderId(), e.amount(), e.checkedOn(), e.inputs(), e.reasons(), Status.HOLD);
        } else if (event instanceof CreditCheckRejected e) {
            check(e.customerId(), e.orderId(), e.amount(), e.checkedOn(), e.inputs(), e.reasons(), Status.REJECTED);
        }
    }

    private void assessment(CustomerAssessed e) {
        if (!scope.covers(e.customerId()) || scope.afterWindow(e.assessedOn())) {
            return;
        }
        boolean inWindow = !scope.beforeWindow(e.assessedOn());
        Optional<CandidateAssessment> made = assess(e, inWindow);
        made.ifPresent(a -> inForce.put(e.customerId(), a));
        byAssessmentId.put(e.assessmentId(), Optional.ofNullable(inForce.get(e.customerId())));
        latestRecorded.put(e.customerId(), e);
        if (inWindow) {
            replayed++;
            customers.add(e.customerId());
        } else {
            inForceAtFrom++;
        }
    }

    /** Scored again from the recorded facts under a candidate scorecard, else the recorded score; graded under the candidate policy. */
    private Optional<CandidateAssessment> assess(CustomerAssessed e, boolean counted) {
        int score = e.score();
        boolean again = false;
        withoutFacts += counted && e.facts() == null ? 1 : 0;
        if (candidate.scorecard() != null) {
            if (e.facts() != null) {
                try {
                    score = Scoring.score(candidate.scorecard().definition(), RecordedFacts.replay(e.facts()), e.assessedOn()).score();
                    again = true;
                    rescored += counted ? 1 : 0;
                } catch (Scoring.NothingToScore nothing) {
                    notScorable += counted ? 1 : 0;
                    return Optional.empty();
                }
            }
        }
        return Optional.of(graded(e.assessmentId(), score, e.policyVersion(), again));
    }

    private CandidateAssessment graded(String assessmentId, int score, int recordedPolicyVersion, boolean rescoredFromFacts) {
        Candidate.Choice<CreditPolicyDefinition> choice = candidate.policy();
        CreditPolicyDefinition policy = choice != null ? choice.definition() : publishedPolicy.apply(recordedPolicyVersion);
        if (policy == null) {
            throw new IllegalStateException("credit policy version " + recordedPolicyVersion + " graded assessment " + assessmentId
                    + " but is not published");
        }
        int version = choice == null ? recordedPolicyVersion : choice.version() == null ? 0 : choice.version();
        return new CandidateAssessment(assessmentId, score, Grading.grade(policy, score), policy, version, rescoredFromFacts);
    }

    private void check(String customerId, String orderId, Money amount, LocalDate on, CreditCheckInputs in, List<CheckReason> reasons,
                       Status recorded) {
        if (!scope.covers(customerId) || scope.beforeWindow(on) || scope.afterWindow(on)) {
            return;
        }
        customers.add(customerId);
        CandidateAssessment a = candidateFor(in);
        CheckReason block = reasons.stream().filter(r -> BLOCKED.equals(r.code())).findFirst().orElse(null);
        // the recorded block stands whatever the candidate: only its presence matters here, its detail is not shown again
        CheckFacts facts = new CheckFacts(a == null ? null : a.forCheck(), in.creditLimit(), amount(in.openReceivables()),
                amount(in.reservedOrders()), amount(in.prepayments()), in.oldestOverdueDays(),
                block == null ? null : new CheckFacts.Block(block.detail(), "the recorded block", on));
        CreditCheckRules.Verdict verdict = CreditCheckRules.decide(amount, facts);
        String grade = a == null ? null : a.grade();
        byGrade.computeIfAbsent(grade, g -> new Tally()).add(recorded, verdict.status(), amount);
        total.add(recorded, verdict.status(), amount);
        if (verdict.status() != recorded) {
            decisionChanges.add(new DecisionChange(orderId, customerId, on, amount, in.grade(), recorded.name(), codes(reasons), grade,
                    verdict.status().name(), codes(verdict.reasons())));
        }
    }

    /**
     * The candidate assessment standing for the one the check read; none when the check read none. A check whose
     * assessment this replay never saw keeps the score it recorded, graded under the candidate policy.
     */
    private CandidateAssessment candidateFor(CreditCheckInputs in) {
        if (in.assessmentId() == null) {
            return null;
        }
        Optional<CandidateAssessment> known = byAssessmentId.get(in.assessmentId());
        return known != null ? known.orElse(null) : graded(in.assessmentId(), in.score(), in.policyVersion(), false);
    }

    Replayed result() {
        Map<String, Integer> customersByGrade = new HashMap<>();
        for (String customerId : customers) {
            CandidateAssessment a = inForce.get(customerId);
            customersByGrade.merge(a == null ? null : a.grade(), 1, Integer::sum);
        }
        Set<String> grades = new HashSet<>(byGrade.keySet());
        grades.addAll(customersByGrade.keySet());
        List<GradeFigures> figures = grades.stream().sorted(Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .map(g -> new GradeFigures(g, byGrade.getOrDefault(g, new Tally()).figures(customersByGrade.getOrDefault(g, 0))))
                .toList();
        return new Replayed(assessments(), figures, total.figures(customers.size()), gradeChanges(), List.copyOf(decisionChanges));
    }

    private List<GradeChange> gradeChanges() {
        List<GradeChange> changes = new ArrayList<>();
        for (String customerId : new TreeSet<>(customers)) {
            CustomerAssessed recorded = latestRecorded.get(customerId);
            CandidateAssessment a = inForce.get(customerId);
            if (recorded != null && (a == null || !a.grade().equals(recorded.grade()))) {
                changes.add(new GradeChange(customerId, recorded.assessmentId(), recorded.assessedOn(), recorded.score(), recorded.grade(),
                        a == null ? null : a.score(), a == null ? null : a.grade(), a != null && a.rescored()));
            }
        }
        return changes;
    }

    private Assessments assessments() {
        List<String> notes = new ArrayList<>();
        if (candidate.scorecard() == null) {
            notes.add("no candidate scorecard: every assessment keeps its recorded score and is only graded again");
        } else if (withoutFacts > 0) {
            notes.add(withoutFacts + " assessment(s) recorded no facts (made before facts were kept): their recorded scores are kept "
                    + "and only graded again under the candidate");
        }
        if (notScorable > 0) {
            notes.add("the candidate scorecard could not score " + notScorable + " assessment(s) (nothing known to renormalise over): "
                    + "the customer's previous assessment, if any, stays in force");
        }
        return new Assessments(replayed, inForceAtFrom, rescored, withoutFacts, notScorable, notes);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.amount();
    }

    private static List<String> codes(List<CheckReason> reasons) {
        return reasons.stream().map(CheckReason::code).toList();
    }
}
