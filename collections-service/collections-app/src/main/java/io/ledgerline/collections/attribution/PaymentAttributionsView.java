package io.ledgerline.collections.attribution;

import io.ledgerline.collections.api.v1.Money;
import java.time.LocalDate;
import java.util.List;

/** A customer's attributed payments, by the day paid, each with the touches it followed (oldest first). */
public record PaymentAttributionsView(String customerId, List<AttributedPayment> payments) {

    public record AttributedPayment(String paymentId, String invoiceId, String invoiceNumber, Money amount, LocalDate paidOn,
                                    LocalDate attributedOn, int windowDays, String lastTouch, List<TouchView> touches) {
    }

    public record TouchView(String kind, String touchId, LocalDate occurredOn, int daysBefore, String by, String detail) {
    }
}
