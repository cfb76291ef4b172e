package io.ledgerline.collections.api.v1;

/**
 * A fact collections-service publishes. Facts about one customer carry its {@code customerId}, the Kafka key, so a
 * customer's facts stay in order; dunning policy versions name no customer ({@code customerId()} is null) and are keyed
 * by their book, {@code dunning-policies}, so the versions stay in order.
 */
public sealed interface CollectionsEvent permits TradingRestrictionRequested, DunningStepReached, DunningPolicyPublished,
        ReminderEmailSent, ReminderNotSent,
        CaseOpened, CaseReassigned, CaseClosed, TaskCreated, TaskReassigned, TaskCompleted, ActivityLogged,
        PromiseToPayMade, PromiseToPayResolved, PaymentPlanAgreed, PaymentPlanInstallmentMet, PaymentPlanDefaulted, PaymentPlanCompleted,
        PaymentAttributed {

    String customerId();
}
