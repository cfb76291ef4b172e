package io.ledgerline.credit.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.customer.api.v1.CustomerProfileUpdated;
import io.ledgerline.customer.api.v1.CustomerRegistered;
import io.ledgerline.customer.api.v1.Money;
import io.ledgerline.credit.scoring.CreditFacts;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class CustomerFactsProjectionTest {

    @Inject
    CustomerFacts facts;

    private static String unique() {
        return "CF-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_customer_never_seen_is_not_known_at_all() {
        CreditFacts known = facts.of(unique());
        assertThat(known).isEqualTo(CreditFacts.nothingKnown());
        assertThat(known.riskSignals()).isNull();
    }

    @Test
    void a_registered_customer_has_its_profile_and_no_signals_yet() {
        String id = unique();
        CustomerEvents.publish(CustomerEvents.registered(id), 0);
        CreditFacts known = facts.of(id);
        assertThat(known.foundingDate()).isEqualTo(LocalDate.of(2009, 6, 15));
        assertThat(known.registeredCapital().amount()).isEqualByComparingTo("5000000.00");
        assertThat(known.registeredCapital().currency()).isEqualTo("CNY");
        assertThat(known.ownershipType()).isEqualTo("PRIVATE");
        assertThat(known.industry()).isEqualTo("WHOLESALE");
        assertThat(known.riskSignals()).isEmpty();
    }

    @Test
    void a_later_profile_wins_and_a_redelivered_older_one_changes_nothing() {
        String id = unique();
        CustomerRegistered registered = CustomerEvents.registered(id);
        CustomerEvents.publish(registered, 0);
        CustomerEvents.publish(new CustomerProfileUpdated(id, registered.legalName(), registered.registrationId(),
                new Money(new BigDecimal("30000000.00"), "CNY"), registered.foundingDate(), "STATE_OWNED", "MANUFACTURING", "EAST",
                "DISTRIBUTOR", "wang.li", List.of()), 1);
        CustomerEvents.publish(registered, 0);
        CreditFacts known = facts.of(id);
        assertThat(known.ownershipType()).isEqualTo("STATE_OWNED");
        assertThat(known.industry()).isEqualTo("MANUFACTURING");
        assertThat(known.registeredCapital().amount()).isEqualByComparingTo("30000000.00");
    }

    @Test
    void risk_signals_are_kept_once_each() {
        String id = unique();
        CustomerEvents.publish(CustomerEvents.registered(id), 0);
        var signals = CustomerEvents.threeSignals(id);
        for (int i = 0; i < signals.size(); i++) {
            CustomerEvents.publish(signals.get(i), i + 1);
        }
        CustomerEvents.publish(signals.get(0), 1);
        assertThat(facts.of(id).riskSignals()).extracting(s -> s.kind() + "/" + s.severity() + "/" + s.observedOn())
                .containsExactly("REGISTRATION_CHANGE/LOW/2009-11-15", "ENFORCEMENT_LISTING/MEDIUM/2011-07-15",
                        "JUDICIAL_RECORD/HIGH/2012-12-15");
    }
}
