package io.ledgerline.credit.profile;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import io.ledgerline.credit.scoring.CreditFacts;
import io.ledgerline.credit.scoring.FinancialFigures;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a {@link CreditProfile}. */
public sealed interface CreditProfileCommand {

    String customerId();

    /** Record a financial statement the customer submitted. */
    record SubmitFinancialStatement(@TargetAggregateIdentifier String customerId, FinancialFigures figures, String submittedBy,
                                    LocalDate submittedOn)
            implements CreditProfileCommand {
    }

    /**
     * Score the customer now from {@code facts} (what credit-service knows from other services) plus the
     * profile's own latest statement, with the named scorecard and policy versions; {@code trigger} says why
     * ({@link io.ledgerline.credit.api.v1.CustomerAssessed#MANUAL} when someone asked, else one of the causes below).
     * {@code exposure} is the customer's exposure per currency as of {@code assessedOn}: what a credit insurance /
     * factoring referral asks to cover.
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
            String trigger,
            List<Money> exposure) implements CreditProfileCommand {

        /** Re-assessed because a public risk signal of the customer was recorded. */
        public static final String RISK_SIGNAL = "risk-signal";
        /** Re-assessed because an item went overdue past the threshold, or was written off. */
        public static final String PAYMENT_BEHAVIOUR = "payment-behaviour";
        /** Re-assessed because the last assessment had grown old. */
        public static final String SCHEDULE = "schedule";

        public AssessCustomer {
            exposure = exposure == null ? List.of() : List.copyOf(exposure);
        }
    }
}
