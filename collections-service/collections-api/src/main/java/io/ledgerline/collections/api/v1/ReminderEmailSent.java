package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * The reminder email of an item's dunning step ({@code stepId}, a {@code COURTESY_EMAIL} or {@code OVERDUE_EMAIL} step of
 * invoice {@code invoiceId}) was handed to the SMTP server on the business date {@code sentOn}: addressed {@code to} the
 * customer's finance contact, written in {@code language} ({@code zh} or {@code en}) with {@code subject}, and carrying
 * the {@code Message-ID} header {@code messageId} (e.g. {@code <7c9e6679-...@ledgerline>}), by which a reply or a bounce
 * finds it. Recorded at most once per item and step.
 */
@JsonTypeName("ledgerline.collections.ReminderEmailSent.v1")
public record ReminderEmailSent(
        String customerId,
        String invoiceId,
        String stepId,
        String to,
        String language,
        String subject,
        String messageId,
        LocalDate sentOn) implements CollectionsEvent {
}
