package io.ledgerline.customer.customer;

import io.ledgerline.customer.api.v1.Contact;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a {@link Customer}. */
public sealed interface CustomerCommand {

    String customerId();

    /** Enter a customer under the ERP's customer code, as a prospect or an active customer. */
    record RegisterCustomer(@TargetAggregateIdentifier String customerId, Profile profile, Lifecycle lifecycle)
            implements CustomerCommand {
    }

    /** Replace the company profile. */
    record UpdateProfile(@TargetAggregateIdentifier String customerId, Profile profile) implements CustomerCommand {
    }

    /** Replace the list of contacts. */
    record ChangeContacts(@TargetAggregateIdentifier String customerId, List<Contact> contacts) implements CustomerCommand {

        public ChangeContacts {
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
        }
    }

    /** Move the customer to another lifecycle state, for a reason. */
    record ChangeLifecycle(@TargetAggregateIdentifier String customerId, Lifecycle to, String reason, LocalDate changedOn)
            implements CustomerCommand {
    }

    /** Record what an external source reported; the handler returns false for an externalId already recorded. */
    record RecordRiskSignal(
            @TargetAggregateIdentifier String customerId,
            String signalId,
            String externalId,
            RiskKind kind,
            String source,
            LocalDate observedOn,
            RiskSeverity severity,
            String details) implements CustomerCommand {
    }
}
