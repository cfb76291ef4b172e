package io.ledgerline.credit.profile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.credit.api.v1.CreditGradeDowngraded;
import io.ledgerline.credit.api.v1.CreditInsuranceReferralRaised;
import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
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
 * scorecard and policy versions that decided it; a grade worse than the previous one is a downgrade, and a score below
 * the policy's referral threshold refers the customer for credit insurance once until it recovers to the threshold.
 */
public class CreditProfile {

    @AggregateIdentifier
    private String customerId;
    private FinancialFigures latestStatement;
    private String lastGrade;
    private int lastScore;
    /** The threshold of the outstanding insurance referral; null when none is outstanding. */
    private Integer referredBelowScore;

    protected CreditProfile() {
        // for Axon: created by the customer's first credit fact, rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FinancialStatementSubmitted handle(SubmitFinancialStatement command) {
        FinancialFigures f = command.figures();
        FinancialStatementSubmitted event = new FinancialStatementSubmitted(command.customerId(), f.statementId(), f.periodEnd(),
                f.currency(), f.workingCapital(), f.retainedEarnings(), f.ebit(), f.bookEquity(), f.totalAssets(),
                f.totalLiabilities(), f.sales(), command.submittedBy(), command.submittedOn());
        apply(event);
        return event;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Assessment handle(AssessCustomer command) {
        ScoreSheet sheet;
        CreditFacts facts = command.facts().withStatement(latestStatement);
        try {
            sheet = Scoring.score(command.scorecard(), facts, command.assessedOn());
        } catch (Scoring.NothingToScore e) {
            throw new CreditRuleViolation("nothing-to-score", null, "customer " + command.customerId() + " cannot be scored: "
                    + e.getMessage());
        }
        CreditPolicyDefinition policy = command.policy();
        GradeTerms grade = Grading.grade(policy, sheet.score());
        String previousGrade = lastGrade;
        int previousScore = lastScore;
        CustomerAssessed assessed = new CustomerAssessed(command.customerId(), command.assessmentId(), command.assessedOn(),
                command.assessedBy(), sheet.score(), grade.grade(), Grading.tradeAllowed(policy, sheet.score()),
                sheet.coverage(), sheet.missingDataRule(), command.scorecardVersion(), command.policyVersion(),
                sheet.contributions(), sheet.missingData(), command.trigger(), RecordedFacts.record(facts));
        apply(assessed);
        CreditGradeDowngraded downgraded = null;
        if (previousGrade != null && Grading.worse(policy, grade.grade(), previousGrade)) {
            downgraded = new CreditGradeDowngraded(command.customerId(), command.assessmentId(), command.assessedOn(), previousGrade,
                    grade.grade(), previousScore, sheet.score(), command.trigger());
            apply(downgraded);
        }
        CreditInsuranceReferralRaised referral = null;
        // applying the assessment above already closed a referral the score recovered from
        if (referredBelowScore == null && Grading.belowInsuranceReferral(policy, sheet.score())) {
            referral = new CreditInsuranceReferralRaised(command.customerId(), command.assessmentId(), command.assessedOn(),
                    sheet.score(), policy.insuranceReferralBelowScore(), grade.grade(), command.exposure());
            apply(referral);
        }
        return new Assessment(assessed, downgraded, referral);
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
        lastGrade = event.grade();
        lastScore = event.score();
        if (referredBelowScore != null && event.score() >= referredBelowScore) {
            referredBelowScore = null;
        }
    }

    @EventSourcingHandler
    void on(CreditInsuranceReferralRaised event) {
        referredBelowScore = event.belowScore();
    }
}
