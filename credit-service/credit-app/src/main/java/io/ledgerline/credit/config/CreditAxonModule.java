package io.ledgerline.credit.config;

import io.ledgerline.credit.api.v1.CreditApplicationGranted;
import io.ledgerline.credit.api.v1.CreditApplicationRejected;
import io.ledgerline.credit.api.v1.CreditApplicationSubmitted;
import io.ledgerline.credit.api.v1.CreditCheckApproved;
import io.ledgerline.credit.api.v1.CreditCheckCancelled;
import io.ledgerline.credit.api.v1.CreditCheckHeld;
import io.ledgerline.credit.api.v1.CreditCheckRejected;
import io.ledgerline.credit.api.v1.CreditCheckReleased;
import io.ledgerline.credit.api.v1.CreditGradeDowngraded;
import io.ledgerline.credit.api.v1.CreditInsuranceReferralRaised;
import io.ledgerline.credit.api.v1.CreditLimitAssigned;
import io.ledgerline.credit.api.v1.CreditPolicyPublished;
import io.ledgerline.credit.api.v1.CustomerAssessed;
import io.ledgerline.credit.api.v1.CustomerCreditBlocked;
import io.ledgerline.credit.api.v1.CustomerCreditUnblocked;
import io.ledgerline.credit.api.v1.FinancialStatementSubmitted;
import io.ledgerline.credit.api.v1.ScorecardPublished;
import io.ledgerline.credit.application.CreditApplication;
import io.ledgerline.credit.block.CreditBlock;
import io.ledgerline.credit.book.CreditPolicyBook;
import io.ledgerline.credit.book.ScorecardBook;
import io.ledgerline.credit.check.CreditCheck;
import io.ledgerline.credit.profile.CreditProfile;
import io.ledgerline.platform.eventing.axon.AxonModule;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import org.axonframework.config.Configurer;

/** credit-service's aggregates and the published events they store, wired into Axon here and only here. */
@Singleton
public class CreditAxonModule implements AxonModule {

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(CreditProfile.class);
        configurer.configureAggregate(ScorecardBook.class);
        configurer.configureAggregate(CreditPolicyBook.class);
        configurer.configureAggregate(CreditApplication.class);
        configurer.configureAggregate(CreditCheck.class);
        configurer.configureAggregate(CreditBlock.class);
    }

    @Override
    public Collection<Class<?>> eventTypes() {
        return List.of(ScorecardPublished.class, CreditPolicyPublished.class, FinancialStatementSubmitted.class,
                CustomerAssessed.class, CreditApplicationSubmitted.class, CreditApplicationGranted.class,
                CreditApplicationRejected.class, CreditLimitAssigned.class, CreditCheckApproved.class, CreditCheckHeld.class,
                CreditCheckRejected.class, CreditCheckReleased.class, CreditCheckCancelled.class, CustomerCreditBlocked.class,
                CustomerCreditUnblocked.class,
                CreditGradeDowngraded.class, CreditInsuranceReferralRaised.class);
    }
}
