package io.ledgerline.reporting.credit;

import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.time.LocalDate;
import java.util.Optional;

/** An approved or held order's check cancelled on {@code cancelledOn}; {@code reservationFreed} when it had been approved. */
record CheckCancellation(String customerId, String orderId, Money amount, LocalDate cancelledOn, Boolean reservationFreed) {

    static final String TYPE = "ledgerline.credit.CreditCheckCancelled.v1";

    static Optional<CheckCancellation> from(EventEnvelope event) {
        if (!TYPE.equals(event.type())) {
            return Optional.empty();
        }
        EventFields data = EventFields.of(event);
        return Optional.of(new CheckCancellation(data.customerId(), data.required("orderId"), data.money("amount"),
                data.requiredDate("cancelledOn"), data.bool("reservationFreed")));
    }
}
