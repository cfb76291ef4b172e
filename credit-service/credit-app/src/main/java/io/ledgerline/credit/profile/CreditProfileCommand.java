package io.ledgerline.credit.profile;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import io.ledgerline.credit.scoring.CreditFacts;
import io.ledgerline.credit.scoring.FinancialFigures;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a {@link CreditProfile}. */
public sealed interface CreditProfileCommand {

    String customerId();

    /** Record a financial statement the customer submitted. */
    record SubmitFinancialStatement(@TargetAggregateIdentifier String customerId, FinancialFigures figures, String submittedBy)
            implements CreditProfileCommand {
    }

    /**
     * Score the customer now from {@code facts} (what credit-service knows from other services) plus the
     * profile's own latest statement, with the named scorecard and policy versions; {@code trigger} says why
     * ({@link io.ledgerline.credit.api.v1.CustomerAssessed#MANUAL} when someone asked).
     */
    record AssessCustomer(
            @TargetAggregateIdentifier String customerId,
            String assessmentId,
            CreditFacts facts,
            int scorecardVersion,
            ScorecardDefinition scorecard,
            int policyVersion,
            CreditPolicyDefinition policy,
            LocalDate assessedOn,
            String assessedBy,
            String trigger) implements CreditProfileCommand {
    }
}
