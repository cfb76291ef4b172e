package io.ledgerline.collections.attribution;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a customer's {@link Attribution}; {@code on} is the business date it is asked on. */
public sealed interface AttributionCommand {

    /**
     * Attribute the customer's {@code payments} to the {@code touches} of the {@code windowDays} days up to each payment's
     * day; {@code touches} are all the customer's that may fall in some payment's window.
     */
    record AttributePayments(@TargetAggregateIdentifier String attributionId, String customerId, LocalDate on, int windowDays,
                             List<Payment> payments, List<Touch> touches) implements AttributionCommand {

        public AttributePayments {
            payments = List.copyOf(payments);
            touches = List.copyOf(touches);
        }
    }
}
