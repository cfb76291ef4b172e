package io.ledgerline.customer.customer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.customer.api.v1.Contact;
import io.ledgerline.customer.api.v1.CustomerContactsChanged;
import io.ledgerline.customer.api.v1.CustomerLifecycleChanged;
import io.ledgerline.customer.api.v1.CustomerProfileUpdated;
import io.ledgerline.customer.api.v1.CustomerRegistered;
import io.ledgerline.customer.api.v1.RiskSignalRecorded;
import io.ledgerline.customer.customer.CustomerCommand.ChangeContacts;
import io.ledgerline.customer.customer.CustomerCommand.ChangeLifecycle;
import io.ledgerline.customer.customer.CustomerCommand.RecordRiskSignal;
import io.ledgerline.customer.customer.CustomerCommand.RegisterCustomer;
import io.ledgerline.customer.customer.CustomerCommand.UpdateProfile;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** Invariant: lifecycle moves only along allowed transitions, a closed customer never changes, and each risk signal is recorded once. */
public class Customer {

    private static final Set<Lifecycle> STARTING = EnumSet.of(Lifecycle.PROSPECT, Lifecycle.ACTIVE);

    @AggregateIdentifier
    private String customerId;
    private Profile profile;
    private List<Contact> contacts = List.of();
    private Lifecycle lifecycle;
    private final Set<String> riskExternalIds = new HashSet<>();

    protected Customer() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Customer(RegisterCustomer command) {
        if (!STARTING.contains(command.lifecycle())) {
            throw new CustomerRuleViolation("invalid-starting-lifecycle", "lifecycle",
                    "a customer starts as PROSPECT or ACTIVE, not " + command.lifecycle());
        }
        Profile p = command.profile();
        apply(new CustomerRegistered(command.customerId(), p.legalName(), p.registrationId(), p.registeredCapital(),
                p.foundingDate(), p.ownershipType(), p.industry(), p.region(), p.customerType(), p.salesOwner(), p.tags(),
                command.lifecycle().name()));
    }

    /** Returns whether the profile changed; an identical profile records nothing. */
    @CommandHandler
    public boolean handle(UpdateProfile command) {
        refuseIfClosed("profile");
        Profile p = command.profile();
        if (p.equals(profile)) {
            return false;
        }
        apply(new CustomerProfileUpdated(customerId, p.legalName(), p.registrationId(), p.registeredCapital(),
                p.foundingDate(), p.ownershipType(), p.industry(), p.region(), p.customerType(), p.salesOwner(), p.tags()));
        return true;
    }

    /** Returns whether the contacts changed; an identical list records nothing. */
    @CommandHandler
    public boolean handle(ChangeContacts command) {
        refuseIfClosed("contacts");
        if (command.contacts().equals(contacts)) {
            return false;
        }
        apply(new CustomerContactsChanged(customerId, command.contacts()));
        return true;
    }

    @CommandHandler
    public void handle(ChangeLifecycle command) {
        if (!lifecycle.mayBecome(command.to())) {
            throw new CustomerRuleViolation("lifecycle-transition-not-allowed", "to",
                    "customer " + customerId + " is " + lifecycle + " and cannot become " + command.to()
                            + (lifecycle == Lifecycle.CLOSED ? " (CLOSED is final)" : "; allowed: " + lifecycle.next()));
        }
        apply(new CustomerLifecycleChanged(customerId, lifecycle.name(), command.to().name(), command.reason(),
                command.changedOn()));
    }

    /** Returns false when a signal with this externalId was recorded before; nothing is recorded again. */
    @CommandHandler
    public boolean handle(RecordRiskSignal command) {
        if (riskExternalIds.contains(command.externalId())) {
            return false;
        }
        apply(new RiskSignalRecorded(customerId, command.signalId(), command.kind().name(), command.source(),
                command.observedOn(), command.severity().name(), command.details(), command.externalId()));
        return true;
    }

    private void refuseIfClosed(String field) {
        if (lifecycle == Lifecycle.CLOSED) {
            throw new CustomerRuleViolation("customer-closed", field, "customer " + customerId + " is CLOSED and cannot change");
        }
    }

    @EventSourcingHandler
    void on(CustomerRegistered event) {
        customerId = event.customerId();
        profile = new Profile(event.legalName(), event.registrationId(), event.registeredCapital(), event.foundingDate(),
                event.ownershipType(), event.industry(), event.region(), event.customerType(), event.salesOwner(), event.tags());
        lifecycle = Lifecycle.valueOf(event.lifecycle());
    }

    @EventSourcingHandler
    void on(CustomerProfileUpdated event) {
        profile = new Profile(event.legalName(), event.registrationId(), event.registeredCapital(), event.foundingDate(),
                event.ownershipType(), event.industry(), event.region(), event.customerType(), event.salesOwner(), event.tags());
    }

    @EventSourcingHandler
    void on(CustomerContactsChanged event) {
        contacts = event.contacts();
    }

    @EventSourcingHandler
    void on(CustomerLifecycleChanged event) {
        lifecycle = Lifecycle.valueOf(event.to());
    }

    @EventSourcingHandler
    void on(RiskSignalRecorded event) {
        riskExternalIds.add(event.externalId());
    }
}
