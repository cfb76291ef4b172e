package io.ledgerline.collections.dunning;

import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.arrangement.CustomerArrangements;
import io.ledgerline.collections.attribution.Attributions;
import io.ledgerline.collections.casework.Cases;
import io.ledgerline.collections.credit.CustomerGrades;
import io.ledgerline.collections.dunning.DunningCaseCommand.EvaluateDunning;
import io.ledgerline.collections.ladder.LadderEvaluation;
import io.ledgerline.collections.ladder.LadderPolicy;
import io.ledgerline.collections.ladder.OpenItem;
import io.ledgerline.collections.ladder.OpenItem.Pause;
import io.ledgerline.collections.policy.DunningPolicies;
import io.ledgerline.collections.policy.PolicyVersion;
import io.ledgerline.collections.receivables.CustomerItems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Evaluates one customer's dunning as of a business date, in the caller's transaction: the items open then as the
 * ladder sees them, the grade then and the policy in force go to the customer's {@link DunningCase}, which records the
 * steps reached; their rows in {@link DunningSteps} are written in the same transaction. Nothing is sent when the steps
 * already taken leave nothing due. First the customer's promises to pay and payment plans are judged
 * ({@link CustomerArrangements}): a broken one escalates the case, and the items a running one covers wait. The customer's
 * collection case then follows the steps ({@link Cases}), in the same transaction.
 */
@ApplicationScoped
public class DunningEvaluations {

    private static final Logger LOG = Logger.getLogger(DunningEvaluations.class);

    @Inject
    CommandGateway commands;

    @Inject
    DunningPolicies policies;

    @Inject
    CustomerItems items;

    @Inject
    CustomerGrades grades;

    @Inject
    DunningSteps steps;

    /** Observers act on each step in its transaction (reminder emails record their intent). */
    @Inject
    Event<DunningStepReached> stepReached;

    @Inject
    Cases cases;

    @Inject
    CustomerArrangements arrangements;

    @Inject
    Attributions attributions;

    /** The steps the customer's items reached on {@code asOf}; use inside a transaction. */
    List<DunningStepReached> evaluateWithin(String customerId, LocalDate asOf) {
        attributions.attributeWithin(customerId, asOf);
        PolicyVersion policy = policies.current().orElseThrow(() -> new IllegalStateException("no dunning policy is published"));
        LadderPolicy ladders = policy.ladders();
        String grade = grades.gradeOn(customerId, asOf).orElse(null);
        List<OpenItem> open = openItems(customerId, asOf);
        Map<String, Pause> pauses = arrangements.reviewWithin(customerId, asOf, open);
        if (!pauses.isEmpty()) {
            open = open.stream().map(i -> i.pausedBy(pauses.get(i.invoiceId()))).toList();
        }
        if (LadderEvaluation.due(open, grade, ladders, asOf, steps.taken(customerId)).isEmpty()) {
            cases.followWithin(customerId, asOf, List.of(), open, ladders);
            cases.reviewDowngradesWithin(customerId, asOf);
            return List.of();
        }
        List<DunningStepReached> reached = commands.sendAndWait(new EvaluateDunning(customerId, asOf, open, grade, ladders));
        for (DunningStepReached e : reached) {
            steps.insert(e);
            stepReached.fire(e);
            LOG.infof("customer %s: invoice %s reached step %s (%s, owned by %s) on %s, %s its due date %s%s, dunning %s %s "
                            + "(policy v%d, %s)", customerId, e.invoiceNumber(), e.stepId(), e.action(), e.owner(), e.businessDate(),
                    e.dayOffset() == 0 ? "on" : days(Math.abs(e.dayOffset())) + (e.dayOffset() < 0 ? " before" : " after"), e.dueDate(),
                    e.late() ? ", late: its day was " + e.dueDate().plusDays(e.dayOffset()) : "", e.amountDunned().amount().toPlainString(),
                    e.amountDunned().currency(), e.policyVersion(), e.grade() == null ? "no grade" : "grade " + e.grade());
            if (DunningStepReached.ESCALATE_LEGAL.equals(e.action())) {
                LOG.infof("customer %s: a trading restriction is requested from credit-service after invoice %s reached legal action",
                        customerId, e.invoiceNumber());
            }
        }
        cases.followWithin(customerId, asOf, reached, open, ladders);
        cases.reviewDowngradesWithin(customerId, asOf);
        return reached;
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }

    /** The customer's items with something open on {@code day}, as the ladder sees them. */
    List<OpenItem> openItems(String customerId, LocalDate day) {
        return items.openOn(customerId, day);
    }
}
