package io.ledgerline.collections.reminder;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A reminder email of an item's dunning step as {@link ReminderOutbox} holds it: what the step dunned, the Message-ID
 * chosen with the intent, and, once decided, to whom and in which language it went ({@code SENT}) or why it did not
 * ({@code NOT_SENT}); {@code PENDING} ones carry their failed attempts.
 */
public record Reminder(String reminderId, String customerId, String invoiceId, String invoiceNumber, String stepId, String action,
                       LocalDate dueDate, LocalDate reachedOn, BigDecimal amount, String currency, String messageId, Status status,
                       String recipient, String language, String subject, LocalDate decidedOn, String reason, int attempts,
                       String lastError) {

    public enum Status { PENDING, SENT, NOT_SENT }
}
