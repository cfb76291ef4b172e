package io.ledgerline.credit.profile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.credit.api.v1.CustomerAssessed;
import io.ledgerline.credit.api.v1.FinancialStatementSubmitted;
import io.ledgerline.credit.api.v1.GradeTerms;
import io.ledgerline.credit.profile.CreditProfileCommand.AssessCustomer;
import io.ledgerline.credit.profile.CreditProfileCommand.SubmitFinancialStatement;
import io.ledgerline.credit.scoring.CreditFacts;
import io.ledgerline.credit.scoring.FinancialFigures;
import io.ledgerline.credit.scoring.Grading;
import io.ledgerline.credit.scoring.RecordedFacts;
import io.ledgerline.credit.scoring.ScoreSheet;
import io.ledgerline.credit.scoring.Scoring;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * Invariant: an assessment is scored from the latest financial statement (by period end; a later
 * submission for the same period restates it) and records the facts it was scored from, why it was made and the
 * scorecard and policy versions that decided it.
 */
public class CreditProfile {

    @AggregateIdentifier
    private String customerId;
    private FinancialFigures latestStatement;

    protected CreditProfile() {
        // for Axon: created by the customer's first credit fact, rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FinancialStatementSubmitted handle(SubmitFinancialStatement command) {
        FinancialFigures f = command.figures();
        FinancialStatementSubmitted event = new FinancialStatementSubmitted(command.customerId(), f.statementId(), f.periodEnd(),
                f.currency(), f.workingCapital(), f.retainedEarnings(), f.ebit(), f.bookEquity(), f.totalAssets(),
                f.totalLiabilities(), f.sales(), command.submittedBy());
        apply(event);
        return event;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CustomerAssessed handle(AssessCustomer command) {
        ScoreSheet sheet;
        CreditFacts facts = command.facts().withStatement(latestStatement);
        try {
            sheet = Scoring.score(command.scorecard(), facts, command.assessedOn());
        } catch (Scoring.NothingToScore e) {
            throw new CreditRuleViolation("nothing-to-score", null, "customer " + command.customerId() + " cannot be scored: "
                    + e.getMessage());
        }
        GradeTerms grade = Grading.grade(command.policy(), sheet.score());
        CustomerAssessed event = new CustomerAssessed(command.customerId(), command.assessmentId(), command.assessedOn(),
                command.assessedBy(), sheet.score(), grade.grade(), Grading.tradeAllowed(command.policy(), sheet.score()),
                sheet.coverage(), sheet.missingDataRule(), command.scorecardVersion(), command.policyVersion(),
                sheet.contributions(), sheet.missingData(), command.trigger(), RecordedFacts.record(facts));
        apply(event);
        return event;
    }

    @EventSourcingHandler
    void on(FinancialStatementSubmitted event) {
        customerId = event.customerId();
        if (latestStatement == null || !event.periodEnd().isBefore(latestStatement.periodEnd())) {
            latestStatement = new FinancialFigures(event.statementId(), event.periodEnd(), event.currency(), event.workingCapital(),
                    event.retainedEarnings(), event.ebit(), event.bookEquity(), event.totalAssets(), event.totalLiabilities(),
                    event.sales());
        }
    }

    @EventSourcingHandler
    void on(CustomerAssessed event) {
        customerId = event.customerId();
    }
}
