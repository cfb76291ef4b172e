package io.ledgerline.receivables.position;

import io.ledgerline.receivables.money.Money;
import java.time.LocalDate;

/** A payment's cash: what it brought and what of it is applied; {@code reversedOn} is null unless it bounced. */
public record PaymentPosition(String paymentId, String externalId, String customerId, LocalDate receivedDate,
                              Money amount, Money applied, LocalDate reversedOn) {

    public boolean reversed() {
        return reversedOn != null;
    }

    /** Cash not applied to any invoice: the customer's credit balance (nothing once reversed). */
    public Money unapplied() {
        return reversed() ? Money.zero(amount.currency()) : amount.minus(applied);
    }
}
