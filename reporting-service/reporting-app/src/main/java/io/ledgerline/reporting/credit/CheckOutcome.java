package io.ledgerline.reporting.credit;

import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an order credit check decided ({@code CreditCheckApproved}, {@code CreditCheckHeld} or {@code CreditCheckRejected}):
 * the order, its amount, the day, the reason codes and the grade the check read ({@code inputs.grade}).
 * {@code inputsRead} tells a check that read no grade (never assessed: {@code inputs.grade} null) from an event without
 * {@code inputs}, whose grade is then looked up in the grade history.
 */
record CheckOutcome(String customerId, String orderId, Money amount, LocalDate checkedOn, Status status,
                    List<String> reasonCodes, boolean inputsRead, String gradeAtCheck, String assessmentId) {

    /** The check's first decision; releases and cancellations come later (see {@link CheckRelease}, {@link CheckCancellation}). */
    enum Status {
        APPROVED, HOLD, REJECTED
    }

    static final Map<String, Status> TYPES = Map.of(
            "ledgerline.credit.CreditCheckApproved.v1", Status.APPROVED,
            "ledgerline.credit.CreditCheckHeld.v1", Status.HOLD,
            "ledgerline.credit.CreditCheckRejected.v1", Status.REJECTED);

    static Optional<CheckOutcome> from(EventEnvelope event) {
        Status status = TYPES.get(event.type());
        if (status == null) {
            return Optional.empty();
        }
        EventFields data = EventFields.of(event);
        EventFields inputs = data.object("inputs");
        return Optional.of(new CheckOutcome(data.customerId(), data.required("orderId"), data.requiredMoney("amount"),
                data.requiredDate("checkedOn"), status, data.texts("reasons", "code"), inputs != null,
                inputs == null ? null : inputs.text("grade"), inputs == null ? null : inputs.text("assessmentId")));
    }
}
