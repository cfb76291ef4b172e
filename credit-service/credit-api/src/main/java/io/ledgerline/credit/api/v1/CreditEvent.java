package io.ledgerline.credit.api.v1;

/**
 * A fact credit-service publishes. Facts about one customer carry its {@code customerId}, the Kafka
 * key; scorecard and credit policy versions are keyed by their book ({@code scorecards},
 * {@code credit-policies}) so each book's versions stay in order.
 */
public sealed interface CreditEvent
        permits ScorecardPublished, CreditPolicyPublished, FinancialStatementSubmitted, CustomerAssessed,
        CreditApplicationSubmitted, CreditApplicationGranted, CreditApplicationRejected, CreditLimitAssigned,
        CreditCheckApproved, CreditCheckHeld, CreditCheckRejected, CreditCheckReleased, CreditCheckCancelled,
        CustomerCreditBlocked, CustomerCreditUnblocked,
        CreditGradeDowngraded, CreditInsuranceReferralRaised {
}
