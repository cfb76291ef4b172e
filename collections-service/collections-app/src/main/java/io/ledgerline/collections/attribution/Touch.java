package io.ledgerline.collections.attribution;

import java.time.LocalDate;

/**
 * Something done towards the customer on {@code occurredOn}: a reminder email sent, a call, email or visit logged, a call
 * task done, a promise to pay made ({@code kind} one of {@code PaymentAttributed}'s); {@code touchId} is the reminder's,
 * activity's, task's or promise's id.
 */
public record Touch(String kind, String touchId, LocalDate occurredOn, String by, String detail) {
}
