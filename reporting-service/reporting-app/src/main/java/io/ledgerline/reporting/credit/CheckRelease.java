package io.ledgerline.reporting.credit;

import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.time.LocalDate;
import java.util.Optional;

/** A held order released on {@code releasedOn} by someone acting as {@code role}: it is approved from then on. */
record CheckRelease(String customerId, String orderId, Money amount, LocalDate releasedOn, String role) {

    static final String TYPE = "ledgerline.credit.CreditCheckReleased.v1";

    static Optional<CheckRelease> from(EventEnvelope event) {
        if (!TYPE.equals(event.type())) {
            return Optional.empty();
        }
        EventFields data = EventFields.of(event);
        return Optional.of(new CheckRelease(data.customerId(), data.required("orderId"), data.money("amount"),
                data.requiredDate("releasedOn"), data.text("role")));
    }
}
