package io.ledgerline.collections.config;

import io.ledgerline.collections.api.v1.ActivityLogged;
import io.ledgerline.collections.api.v1.CaseClosed;
import io.ledgerline.collections.api.v1.CaseOpened;
import io.ledgerline.collections.api.v1.CaseReassigned;
import io.ledgerline.collections.api.v1.DunningPolicyPublished;
import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.api.v1.PaymentAttributed;
import io.ledgerline.collections.api.v1.PaymentPlanAgreed;
import io.ledgerline.collections.api.v1.PaymentPlanCompleted;
import io.ledgerline.collections.api.v1.PaymentPlanDefaulted;
import io.ledgerline.collections.api.v1.PaymentPlanInstallmentMet;
import io.ledgerline.collections.api.v1.PromiseToPayMade;
import io.ledgerline.collections.api.v1.PromiseToPayResolved;
import io.ledgerline.collections.api.v1.ReminderEmailSent;
import io.ledgerline.collections.api.v1.ReminderNotSent;
import io.ledgerline.collections.api.v1.TaskCompleted;
import io.ledgerline.collections.api.v1.TaskCreated;
import io.ledgerline.collections.api.v1.TaskReassigned;
import io.ledgerline.collections.api.v1.TradingRestrictionRequested;
import io.ledgerline.collections.arrangement.Arrangements;
import io.ledgerline.collections.attribution.Attribution;
import io.ledgerline.collections.casework.Casework;
import io.ledgerline.collections.dunning.DunningCase;
import io.ledgerline.collections.policy.DunningPolicyBook;
import io.ledgerline.collections.reminder.ReminderEmail;
import io.ledgerline.platform.eventing.axon.AxonModule;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import org.axonframework.config.Configurer;

/** collections-service's aggregates and the published events they store, wired into Axon here and only here. */
@Singleton
public class CollectionsAxonModule implements AxonModule {

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(DunningPolicyBook.class);
        configurer.configureAggregate(DunningCase.class);
        configurer.configureAggregate(ReminderEmail.class);
        configurer.configureAggregate(Casework.class);
        configurer.configureAggregate(Arrangements.class);
        configurer.configureAggregate(Attribution.class);
    }

    @Override
    public Collection<Class<?>> eventTypes() {
        return List.of(DunningPolicyPublished.class, DunningStepReached.class, TradingRestrictionRequested.class,
                ReminderEmailSent.class, ReminderNotSent.class,
                CaseOpened.class, CaseReassigned.class, CaseClosed.class, TaskCreated.class, TaskReassigned.class, TaskCompleted.class,
                ActivityLogged.class,
                PromiseToPayMade.class, PromiseToPayResolved.class, PaymentPlanAgreed.class, PaymentPlanInstallmentMet.class,
                PaymentPlanDefaulted.class, PaymentPlanCompleted.class,
                PaymentAttributed.class);
    }
}
