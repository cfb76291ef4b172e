package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * The reminder email of an item's dunning step ({@code stepId} of invoice {@code invoiceId}) was not sent, and will not
 * be, for {@code reason} (e.g. {@link #NO_FINANCE_CONTACT_EMAIL}), decided on the business date {@code decidedOn};
 * {@code detail} says it in words. Recorded at most once per item and step, never besides a {@link ReminderEmailSent}.
 */
@JsonTypeName("ledgerline.collections.ReminderNotSent.v1")
public record ReminderNotSent(
        String customerId,
        String invoiceId,
        String stepId,
        String reason,
        String detail,
        LocalDate decidedOn) implements CollectionsEvent {

    /** collections-service knows no email of a contact with role {@code finance} at the customer. */
    public static final String NO_FINANCE_CONTACT_EMAIL = "NO_FINANCE_CONTACT_EMAIL";
}
