package io.ledgerline.credit.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.CustomerAssessed;
import io.ledgerline.credit.api.v1.FinancialStatementSubmitted;
import io.ledgerline.credit.api.v1.GradeTerms;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import io.ledgerline.credit.book.BookVersions.Version;
import io.ledgerline.credit.book.Books;
import io.ledgerline.credit.customer.CustomerFacts;
import io.ledgerline.credit.profile.CreditProfileCommand.AssessCustomer;
import io.ledgerline.credit.profile.CreditProfileCommand.SubmitFinancialStatement;
import io.ledgerline.credit.receivables.ReceivablesFacts;
import io.ledgerline.credit.scoring.CreditFacts;
import io.ledgerline.credit.scoring.FinancialFigures;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Runs credit profile commands: a statement is recorded; an assessment scores what credit-service
 * knows of the customer with the current scorecard and policy, in one transaction with the
 * customer's row in {@link CreditProfileView}.
 */
@ApplicationScoped
public class CreditProfiles {

    private static final Logger LOG = Logger.getLogger(CreditProfiles.class);

    @Inject
    CommandGateway commands;

    @Inject
    CreditProfileView views;

    @Inject
    CustomerFacts customers;

    @Inject
    ReceivablesFacts receivables;

    @Inject
    Books books;

    @Inject
    ObjectMapper json;

    public FinancialStatementSubmitted submitStatement(String customerId, FinancialFigures figures, String submittedBy) {
        return QuarkusTransaction.requiringNew().call(() -> (FinancialStatementSubmitted) send(
                new SubmitFinancialStatement(customerId, figures, submittedBy)));
    }

    public ObjectNode assess(String customerId, String assessedBy, LocalDate today) {
        Version<ScorecardDefinition> scorecard = books.currentScorecard().orElseThrow(() -> unavailable("scorecard"));
        Version<CreditPolicyDefinition> policy = books.currentPolicy().orElseThrow(() -> unavailable("credit policy"));
        CreditFacts facts = receivables.addTo(customers.of(customerId), customerId, scorecard.definition().currency(), today);
        return QuarkusTransaction.requiringNew().call(() -> {
            CustomerAssessed assessed = (CustomerAssessed) send(new AssessCustomer(customerId, UUID.randomUUID().toString(), facts,
                    scorecard.version(), scorecard.definition(), policy.version(), policy.definition(), today, assessedBy,
                    CustomerAssessed.MANUAL));
            ObjectNode view = view(assessed, policy.definition());
            views.store(customerId, view);
            LOG.infof("%s assessed customer %s: score %d, grade %s (scorecard v%d, policy v%d, coverage %s%%)", assessedBy,
                    customerId, assessed.score(), assessed.grade(), scorecard.version(), policy.version(), assessed.coverage());
            return view;
        });
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
