package io.ledgerline.collections.reminder;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be recorded of a {@link ReminderEmail}: the email was sent, or it will not be. */
public sealed interface ReminderCommand {

    /** The reminder was handed to the SMTP server with Message-ID {@code messageId} on the business date {@code sentOn}. */
    record RecordReminderSent(@TargetAggregateIdentifier String reminderId, String customerId, String invoiceId, String stepId,
                              String to, String language, String subject, String messageId, LocalDate sentOn)
            implements ReminderCommand {
    }

    /** The reminder cannot be sent, for {@code reason} ({@code detail} in words), decided on {@code decidedOn}. */
    record RecordReminderNotSent(@TargetAggregateIdentifier String reminderId, String customerId, String invoiceId, String stepId,
                                 String reason, String detail, LocalDate decidedOn) implements ReminderCommand {
    }
}
