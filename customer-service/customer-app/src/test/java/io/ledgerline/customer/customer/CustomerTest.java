package io.ledgerline.customer.customer;

import io.ledgerline.customer.api.v1.Contact;
import io.ledgerline.customer.api.v1.CustomerContactsChanged;
import io.ledgerline.customer.api.v1.CustomerLifecycleChanged;
import io.ledgerline.customer.api.v1.CustomerProfileUpdated;
import io.ledgerline.customer.api.v1.CustomerRegistered;
import io.ledgerline.customer.api.v1.Money;
import io.ledgerline.customer.api.v1.RiskSignalRecorded;
import io.ledgerline.customer.customer.CustomerCommand.ChangeContacts;
import io.ledgerline.customer.customer.CustomerCommand.ChangeLifecycle;
import io.ledgerline.customer.customer.CustomerCommand.RecordRiskSignal;
import io.ledgerline.customer.customer.CustomerCommand.RegisterCustomer;
import io.ledgerline.customer.customer.CustomerCommand.UpdateProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerTest {

    private static final String CUSTOMER = "0379-NEVHP";
    private static final LocalDate TODAY = LocalDate.of(2013, 3, 1);
    private static final Profile PROFILE = new Profile("Nevhp Trading Co., Ltd.", "91310000MA1FL0XX0X",
            new Money(new BigDecimal("5000000.00"), "CNY"), LocalDate.of(2009, 6, 15), "PRIVATE", "WHOLESALE", "EAST",
            "DISTRIBUTOR", "wang.li", List.of("key-account"));
    private static final Profile MOVED = new Profile("Nevhp Trading Co., Ltd.", "91310000MA1FL0XX0X",
            new Money(new BigDecimal("5000000.00"), "CNY"), LocalDate.of(2009, 6, 15), "PRIVATE", "WHOLESALE", "NORTH",
            "DISTRIBUTOR", "zhao.min", List.of("key-account"));
    private static final Contact FINANCE = new Contact("Chen Jing", "finance", "chen.jing@nevhp.example", null);

    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
    }

    private static CustomerRegistered registered(Lifecycle lifecycle) {
        return new CustomerRegistered(CUSTOMER, PROFILE.legalName(), PROFILE.registrationId(), PROFILE.registeredCapital(),
                PROFILE.foundingDate(), PROFILE.ownershipType(), PROFILE.industry(), PROFILE.region(), PROFILE.customerType(),
                PROFILE.salesOwner(), PROFILE.tags(), lifecycle.name());
    }

    private static CustomerLifecycleChanged moved(Lifecycle from, Lifecycle to) {
        return new CustomerLifecycleChanged(CUSTOMER, from.name(), to.name(), "because", TODAY);
    }

    private static RecordRiskSignal signal(String externalId) {
        return new RecordRiskSignal(CUSTOMER, "signal-" + externalId, externalId, RiskKind.JUDICIAL_RECORD, "court-registry",
                LocalDate.of(2013, 2, 20), RiskSeverity.HIGH, "contract dispute");
    }

    private static RiskSignalRecorded recorded(String externalId) {
        return new RiskSignalRecorded(CUSTOMER, "signal-" + externalId, "JUDICIAL_RECORD", "court-registry",
                LocalDate.of(2013, 2, 20), "HIGH", "contract dispute", externalId);
    }

    private static Matcher<CustomerRuleViolation> refused(String slug) {
        return new FeatureMatcher<>(Matchers.equalTo(slug), "refused rule", "slug") {
            @Override
            protected String featureValueOf(CustomerRuleViolation e) {
                return e.slug();
            }
        };
    }

    @Nested
    class Register {

        @Test
        void registers_a_prospect_with_its_profile() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterCustomer(CUSTOMER, PROFILE, Lifecycle.PROSPECT))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(registered(Lifecycle.PROSPECT));
        }

        @Test
        void may_start_active_when_the_erp_already_trades_with_it() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterCustomer(CUSTOMER, PROFILE, Lifecycle.ACTIVE))
                    .expectEvents(registered(Lifecycle.ACTIVE));
        }

        @ParameterizedTest
        @CsvSource({"ON_HOLD", "CLOSED"})
        void rejects_starting_anywhere_but_prospect_or_active(Lifecycle lifecycle) {
            fixture.givenNoPriorActivity()
                    .when(new RegisterCustomer(CUSTOMER, PROFILE, lifecycle))
                    .expectException(refused("invalid-starting-lifecycle"))
                    .expectNoEvents();
        }
    }

    @Nested
    class UpdateProfileCommand {

        @Test
        void records_the_whole_profile_after_the_change() {
            fixture.given(registered(Lifecycle.ACTIVE))
                    .when(new UpdateProfile(CUSTOMER, MOVED))
                    .expectEvents(new CustomerProfileUpdated(CUSTOMER, MOVED.legalName(), MOVED.registrationId(),
                            MOVED.registeredCapital(), MOVED.foundingDate(), MOVED.ownershipType(), MOVED.industry(),
                            MOVED.region(), MOVED.customerType(), MOVED.salesOwner(), MOVED.tags()))
                    .expectResultMessagePayload(true);
        }

        @Test
        void an_identical_profile_records_nothing() {
            fixture.given(registered(Lifecycle.ACTIVE))
                    .when(new UpdateProfile(CUSTOMER, PROFILE))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void rejects_changes_to_a_closed_customer() {
            fixture.given(registered(Lifecycle.ACTIVE), moved(Lifecycle.ACTIVE, Lifecycle.CLOSED))
                    .when(new UpdateProfile(CUSTOMER, MOVED))
                    .expectException(refused("customer-closed"))
                    .expectNoEvents();
        }
    }

    @Nested
    class ChangeContactsCommand {

        @Test
        void records_the_whole_list_after_the_change() {
            fixture.given(registered(Lifecycle.ACTIVE))
                    .when(new ChangeContacts(CUSTOMER, List.of(FINANCE)))
                    .expectEvents(new CustomerContactsChanged(CUSTOMER, List.of(FINANCE)));
        }

        @Test
        void an_identical_list_records_nothing() {
            fixture.given(registered(Lifecycle.ACTIVE), new CustomerContactsChanged(CUSTOMER, List.of(FINANCE)))
                    .when(new ChangeContacts(CUSTOMER, List.of(FINANCE)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void an_empty_list_removes_every_contact() {
            fixture.given(registered(Lifecycle.ACTIVE), new CustomerContactsChanged(CUSTOMER, List.of(FINANCE)))
                    .when(new ChangeContacts(CUSTOMER, List.of()))
                    .expectEvents(new CustomerContactsChanged(CUSTOMER, List.of()));
        }

        @Test
        void rejects_changes_to_a_closed_customer() {
            fixture.given(registered(Lifecycle.PROSPECT), moved(Lifecycle.PROSPECT, Lifecycle.CLOSED))
                    .when(new ChangeContacts(CUSTOMER, List.of(FINANCE)))
                    .expectException(refused("customer-closed"))
                    .expectNoEvents();
        }
    }

    @Nested
    class ChangeLifecycleCommand {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"PROSPECT,ACTIVE", "PROSPECT,CLOSED", "ACTIVE,ON_HOLD", "ACTIVE,CLOSED", "ON_HOLD,ACTIVE", "ON_HOLD,CLOSED"})
        void moves_along_allowed_transitions(Lifecycle from, Lifecycle to) {
            fixture.given(history(from))
                    .when(new ChangeLifecycle(CUSTOMER, to, "because", TODAY))
                    .expectEvents(moved(from, to));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"PROSPECT,ON_HOLD", "PROSPECT,PROSPECT", "ACTIVE,PROSPECT", "ACTIVE,ACTIVE", "ON_HOLD,PROSPECT",
                "ON_HOLD,ON_HOLD", "CLOSED,ACTIVE", "CLOSED,PROSPECT", "CLOSED,ON_HOLD", "CLOSED,CLOSED"})
        void rejects_every_other_transition_and_closed_is_final(Lifecycle from, Lifecycle to) {
            fixture.given(history(from))
                    .when(new ChangeLifecycle(CUSTOMER, to, "because", TODAY))
                    .expectException(refused("lifecycle-transition-not-allowed"))
                    .expectNoEvents();
        }

        private List<Object> history(Lifecycle state) {
            return switch (state) {
                case PROSPECT -> List.of(registered(Lifecycle.PROSPECT));
                case ACTIVE -> List.of(registered(Lifecycle.ACTIVE));
                case ON_HOLD -> List.of(registered(Lifecycle.ACTIVE), moved(Lifecycle.ACTIVE, Lifecycle.ON_HOLD));
                case CLOSED -> List.of(registered(Lifecycle.ACTIVE), moved(Lifecycle.ACTIVE, Lifecycle.CLOSED));
            };
        }
    }

    @Nested
    class RecordRiskSignalCommand {

        @Test
        void records_a_new_signal() {
            fixture.given(registered(Lifecycle.ACTIVE))
                    .when(signal("CR-1"))
                    .expectEvents(recorded("CR-1"))
                    .expectResultMessagePayload(true);
        }

        @Test
        void a_repeated_external_id_records_nothing_new() {
            fixture.given(registered(Lifecycle.ACTIVE), recorded("CR-1"))
                    .when(signal("CR-1"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void another_external_id_is_another_signal() {
            fixture.given(registered(Lifecycle.ACTIVE), recorded("CR-1"))
                    .when(signal("CR-2"))
                    .expectEvents(recorded("CR-2"));
        }

        @Test
        void a_closed_customer_still_receives_signals() {
            fixture.given(registered(Lifecycle.ACTIVE), moved(Lifecycle.ACTIVE, Lifecycle.CLOSED))
                    .when(signal("CR-3"))
                    .expectEvents(recorded("CR-3"));
        }
    }
}
