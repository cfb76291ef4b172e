package io.ledgerline.collections.dunning;

import io.ledgerline.collections.api.v1.DunningLadder;
import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.arrangement.ArrangementReads;
import io.ledgerline.collections.credit.CustomerGrades;
import io.ledgerline.collections.customer.CustomerDimensions;
import io.ledgerline.collections.customer.CustomerDimensions.Dimensions;
import io.ledgerline.collections.dunning.CustomerDunningView.FinanceContact;
import io.ledgerline.collections.dunning.CustomerDunningView.Item;
import io.ledgerline.collections.dunning.CustomerDunningView.Next;
import io.ledgerline.collections.dunning.CustomerDunningView.Taken;
import io.ledgerline.collections.ladder.Amounts;
import io.ledgerline.collections.ladder.ItemStanding;
import io.ledgerline.collections.ladder.LadderEvaluation;
import io.ledgerline.collections.ladder.LadderPolicy;
import io.ledgerline.collections.ladder.OpenItem;
import io.ledgerline.collections.ladder.OpenItem.Pause;
import io.ledgerline.collections.ladder.TakenStep;
import io.ledgerline.collections.policy.DunningPolicies;
import io.ledgerline.collections.policy.PolicyVersion;
import io.ledgerline.collections.receivables.CustomerItems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a customer's dunning on a business date from the projections, the steps reached and the policy in force. */
@ApplicationScoped
public class CustomerDunning {

    @Inject
    DunningEvaluations evaluations;

    @Inject
    CustomerItems items;

    @Inject
    ArrangementReads arrangements;

    @Inject
    CustomerGrades grades;

    @Inject
    CustomerDimensions dimensions;

    @Inject
    DunningSteps steps;

    @Inject
    DunningPolicies policies;

    /** Empty when collections-service knows nothing of the customer. */
    public Optional<CustomerDunningView> on(String customerId, LocalDate asOf) {
        List<DunningStepReached> reached = steps.reached(customerId, asOf);
        Optional<Dimensions> who = dimensions.find(customerId);
        if (reached.isEmpty() && who.isEmpty() && !items.knows(customerId)) {
            return Optional.empty();
        }
        PolicyVersion policy = policies.current().orElseThrow(() -> new IllegalStateException("no dunning policy is published"));
        LadderPolicy ladders = policy.ladders();
        String grade = grades.gradeOn(customerId, asOf).orElse(null);
        DunningLadder ladder = ladders.ladderFor(grade);
        Set<TakenStep> taken = new HashSet<>();
        reached.forEach(e -> taken.add(new TakenStep(e.invoiceId(), e.stepId())));
        Map<String, Pause> pauses = arrangements.pausesOn(customerId, asOf);
        List<Item> open = evaluations.openItems(customerId, asOf).stream().map(i -> i.pausedBy(pauses.get(i.invoiceId())))
                .map(item -> item(LadderEvaluation.standing(item, grade, ladders, taken), reached)).toList();
        Dimensions d = who.orElse(new Dimensions(null, null, null, null, null));
        FinanceContact finance = d.financeName() == null && d.financeEmail() == null ? null
                : new FinanceContact(d.financeName(), d.financeEmail(), d.financeLanguage());
        return Optional.of(new CustomerDunningView(customerId, asOf, grade, ladder.name(), policy.version(), d.legalName(),
                d.salesOwner(), finance, open));
    }

    private static Item item(ItemStanding standing, List<DunningStepReached> reached) {
        OpenItem i = standing.item();
        List<Taken> taken = reached.stream().filter(e -> e.invoiceId().equals(i.invoiceId()))
                .map(e -> new Taken(e.stepId(), e.action(), e.owner(), e.dayOffset(), e.businessDate(), e.late(), e.amountDunned(),
                        e.policyVersion())).toList();
        Next next = standing.nextStep().map(s -> new Next(s.id(), s.action(), s.owner(), s.dayOffset(), standing.nextStepOn().orElseThrow()))
                .orElse(null);
        return new Item(i.invoiceId(), i.invoiceNumber(), i.dueDate(), money(i.open(), i.currency()), money(i.disputed(), i.currency()),
                money(i.dunnable(), i.currency()), standing.status().name(), taken, next);
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(Amounts.plain(amount), currency);
    }
}
