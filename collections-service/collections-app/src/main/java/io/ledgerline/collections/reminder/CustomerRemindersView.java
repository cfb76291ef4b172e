package io.ledgerline.collections.reminder;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.ladder.Amounts;
import java.time.LocalDate;
import java.util.List;

/** A customer's reminder emails, by the day their step was reached. */
public record CustomerRemindersView(String customerId, List<Item> reminders) {

    /**
     * One reminder: {@code SENT} ones say to whom, in which language, with which subject and Message-ID and on which day;
     * {@code NOT_SENT} ones why; {@code PENDING} ones how many attempts failed and the last error.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String invoiceId, String invoiceNumber, String stepId, String action, LocalDate dueDate, LocalDate reachedOn,
                       Money amountDunned, String status, String to, String language, String subject, String messageId,
                       LocalDate sentOn, String reason, LocalDate decidedOn, Integer failedAttempts, String lastError) {

        static Item of(Reminder r) {
            boolean sent = r.status() == Reminder.Status.SENT;
            boolean pending = r.status() == Reminder.Status.PENDING;
            return new Item(r.invoiceId(), r.invoiceNumber(), r.stepId(), r.action(), r.dueDate(), r.reachedOn(),
                    new Money(Amounts.plain(r.amount()), r.currency()), r.status().name(), r.recipient(), r.language(), r.subject(),
                    sent ? r.messageId() : null, sent ? r.decidedOn() : null, r.reason(),
                    r.status() == Reminder.Status.NOT_SENT ? r.decidedOn() : null, pending ? r.attempts() : null,
                    pending ? r.lastError() : null);
        }
    }
}
