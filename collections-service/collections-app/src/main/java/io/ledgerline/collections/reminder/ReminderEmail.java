package io.ledgerline.collections.reminder;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.collections.api.v1.ReminderEmailSent;
import io.ledgerline.collections.api.v1.ReminderNotSent;
import io.ledgerline.collections.reminder.ReminderCommand.RecordReminderNotSent;
import io.ledgerline.collections.reminder.ReminderCommand.RecordReminderSent;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The reminder email of one item's dunning step (id named after the customer, item and step). Invariant: its outcome,
 * sent or not sent, is recorded once; a repeat (a retry after the outcome was stored) records nothing.
 */
public class ReminderEmail {

    @AggregateIdentifier
    private String reminderId;
    private boolean decided;

    protected ReminderEmail() {
        // for Axon: created by its outcome, rebuilt from events
    }

    /** The reminder id of an item's step: the same however often the step were reached or its email retried. */
    public static String reminderId(String customerId, String invoiceId, String stepId) {
        return UUID.nameUUIDFromBytes(("reminder/" + customerId + "/" + invoiceId + "/" + stepId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Records the sending; returns false, recording nothing, when the reminder's outcome was recorded already. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(RecordReminderSent command) {
        if (decided) {
            return false;
        }
        apply(new ReminderEmailSent(command.customerId(), command.invoiceId(), command.stepId(), command.to(), command.language(),
                command.subject(), command.messageId(), command.sentOn()));
        return true;
    }

    /** Records that it will not be sent; returns false, recording nothing, when the reminder's outcome was recorded already. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(RecordReminderNotSent command) {
        if (decided) {
            return false;
        }
        apply(new ReminderNotSent(command.customerId(), command.invoiceId(), command.stepId(), command.reason(), command.detail(),
                command.decidedOn()));
        return true;
    }

    @EventSourcingHandler
    void on(ReminderEmailSent event) {
        reminderId = reminderId(event.customerId(), event.invoiceId(), event.stepId());
        decided = true;
    }

    @EventSourcingHandler
    void on(ReminderNotSent event) {
        reminderId = reminderId(event.customerId(), event.invoiceId(), event.stepId());
        decided = true;
    }
}
