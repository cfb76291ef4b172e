package io.ledgerline.credit.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.api.v1.CreditGradeDowngraded;
import io.ledgerline.credit.api.v1.CreditInsuranceReferralRaised;
import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.CustomerAssessed;
import io.ledgerline.credit.api.v1.FinancialStatementSubmitted;
import io.ledgerline.credit.api.v1.GradeTerms;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import io.ledgerline.credit.book.BookVersions.Version;
import io.ledgerline.credit.book.Books;
import io.ledgerline.credit.customer.CustomerFacts;
import io.ledgerline.credit.profile.CreditProfileCommand.AssessCustomer;
import io.ledgerline.credit.profile.CreditProfileCommand.SubmitFinancialStatement;
import io.ledgerline.credit.receivables.Exposure;
import io.ledgerline.credit.receivables.ReceivablesFacts;
import io.ledgerline.credit.receivables.ReservedOrders;
import io.ledgerline.credit.scoring.CreditFacts;
import io.ledgerline.credit.scoring.FinancialFigures;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Runs credit profile commands: a statement is recorded; an assessment scores what credit-service
 * knows of the customer with the current scorecard and policy, in one transaction with the
 * customer's row in {@link CreditProfileView}, and hands the aggregate the customer's exposure for a referral.
 */
@ApplicationScoped
public class CreditProfiles {

    private static final Logger LOG = Logger.getLogger(CreditProfiles.class);

    /** Who re-assesses customers when their facts change or their assessment grows old. */
    public static final String REASSESSED_BY = "credit-service";

    @Inject
    CommandGateway commands;

    @Inject
    CreditProfileView views;

    @Inject
    CustomerFacts customers;

    @Inject
    ReceivablesFacts receivables;

    @Inject
    ReservedOrders reservations;

    @Inject
    Books books;

    @Inject
    ObjectMapper json;

    public FinancialStatementSubmitted submitStatement(String customerId, FinancialFigures figures, String submittedBy,
                                                       LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> (FinancialStatementSubmitted) send(
                new SubmitFinancialStatement(customerId, figures, submittedBy, today)));
    }

    public ObjectNode assess(String customerId, String assessedBy, LocalDate today) {
        AssessCustomer command = command(customerId, assessedBy, CustomerAssessed.MANUAL, today);
        return QuarkusTransaction.requiringNew().call(() -> record(command, "on request"));
    }

    /**
     * Re-assesses the customer by {@value #REASSESSED_BY}, in the caller's transaction (a new one if there is none):
     * {@code trigger} is one of {@link AssessCustomer}'s causes, {@code cause} says in words what happened
     * ("a judicial record (HIGH) observed on 2013-03-10") for the log.
     */
    public ObjectNode reassess(String customerId, String trigger, String cause, LocalDate today) {
        AssessCustomer command = command(customerId, REASSESSED_BY, trigger, today);
        return QuarkusTransaction.joiningExisting().call(() -> record(command, "after " + cause));
    }

    private AssessCustomer command(String customerId, String assessedBy, String trigger, LocalDate today) {
        Version<ScorecardDefinition> scorecard = books.currentScorecard().orElseThrow(() -> unavailable("scorecard"));
        Version<CreditPolicyDefinition> policy = books.currentPolicy().orElseThrow(() -> unavailable("credit policy"));
        CreditFacts facts = receivables.addTo(customers.of(customerId), customerId, scorecard.definition().currency(), today);
        List<Money> exposure = Exposure.of(receivables.of(customerId, today), reservations.byCurrency(customerId)).currencies()
                .stream().map(c -> new Money(new BigDecimal(c.exposure()), c.currency())).toList();
        return new AssessCustomer(customerId, UUID.randomUUID().toString(), facts, scorecard.version(), scorecard.definition(),
                policy.version(), policy.definition(), today, assessedBy, trigger, exposure);
    }

    /** Sends the assessment and stores the customer's view in the current transaction; {@code why} ends the log lines. */
    private ObjectNode record(AssessCustomer command, String why) {
        Assessment assessment = (Assessment) send(command);
        CustomerAssessed assessed = assessment.assessed();
        ObjectNode view = view(assessed, command.policy());
        views.store(command.customerId(), view);
        LOG.infof("customer %s assessed by %s %s: score %d, grade %s (scorecard v%d, policy v%d, coverage %s%%)", command.customerId(),
                command.assessedBy(), why, assessed.score(), assessed.grade(), command.scorecardVersion(), command.policyVersion(),
                assessed.coverage());
        CreditGradeDowngraded downgraded = assessment.downgraded();
        if (downgraded != null) {
            LOG.infof("customer %s downgraded %s -> %s (score %d -> %d) %s", command.customerId(), downgraded.fromGrade(),
                    downgraded.toGrade(), downgraded.fromScore(), downgraded.toScore(), why);
        }
        CreditInsuranceReferralRaised referral = assessment.referral();
        if (referral != null) {
            LOG.infof("customer %s referred for credit insurance or factoring: score %d is below %d; exposure to cover %s",
                    command.customerId(), referral.score(), referral.belowScore(), referral.exposureToCover().isEmpty() ? "none"
                            : referral.exposureToCover().stream().map(m -> m.amount().toPlainString() + " " + m.currency())
                            .collect(Collectors.joining(", ")));
        }
        return view;
    }

    public Optional<ObjectNode> credit(String customerId) {
        return views.find(customerId);
    }

    /** The assessment as published, with the terms its grade earns under the policy version that graded it. */
    private ObjectNode view(CustomerAssessed assessed, CreditPolicyDefinition policy) {
        ObjectNode view = json.valueToTree(assessed);
        GradeTerms terms = policy.grades().stream().filter(g -> g.grade().equals(assessed.grade())).findFirst().orElseThrow();
        ObjectNode t = json.valueToTree(terms);
        t.put("currency", policy.currency());
        t.put("minimumScoreToTrade", policy.minimumScoreToTrade());
        view.set("terms", t);
        return view;
    }

    private Object send(CreditProfileCommand command) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CreditRuleViolation rule) {
                    throw ProblemException.ruleViolated(rule.slug(), rule.getMessage(), rule.field());
                }
            }
            throw e;
        }
    }

    private static ProblemException unavailable(String what) {
        return new ProblemException(Problem.of(503, "no-" + what.replace(' ', '-'), "Service unavailable",
                "no " + what + " is published yet", null));
    }

    public static ProblemException notAssessed(String customerId) {
        return new ProblemException(Problem.of(404, "customer-not-assessed", "Not found",
                "customer " + customerId + " has not been assessed", "id"));
    }
}
