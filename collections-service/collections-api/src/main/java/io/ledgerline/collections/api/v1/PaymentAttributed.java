package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;

/**
 * Payment {@code paymentId} (the id of receivables' {@code PaymentApplied} envelope) took {@code amount} off invoice
 * {@code invoiceId} on the business date {@code paidOn}; on {@code attributedOn} collections-service found the
 * {@code touches} of the customer on the {@code windowDays} days up to and including {@code paidOn}, oldest first, and
 * {@code lastTouch} is the kind of the latest (null when there was none: a payment without any touch is attributed too,
 * with {@code touches} empty). Each payment is attributed once; a later unapplication does not withdraw it.
 */
@JsonTypeName("ledgerline.collections.PaymentAttributed.v1")
public record PaymentAttributed(
        String customerId,
        String paymentId,
        String invoiceId,
        String invoiceNumber,
        Money amount,
        LocalDate paidOn,
        LocalDate attributedOn,
        int windowDays,
        List<Touch> touches,
        String lastTouch) implements CollectionsEvent {

    /** A reminder email the customer's finance contact was sent. */
    public static final String REMINDER_EMAIL = "REMINDER_EMAIL";
    /** A call: logged as an activity, or a call task completed as done. */
    public static final String CALL = "CALL";
    /** An email a collector logged as an activity. */
    public static final String EMAIL = "EMAIL";
    /** A visit logged as an activity. */
    public static final String VISIT = "VISIT";
    /** A promise to pay the customer made. */
    public static final String PROMISE = "PROMISE";

    public PaymentAttributed {
        touches = touches == null ? List.of() : List.copyOf(touches);
    }

    /**
     * One touch: its {@code kind}, its own id ({@code touchId}: the reminder, activity, task or promise), the day it happened,
     * how many days before the payment ({@code 0} on the day), who made it and what it was ({@code detail}).
     */
    public record Touch(String kind, String touchId, LocalDate occurredOn, int daysBefore, String by, String detail) {
    }
}
