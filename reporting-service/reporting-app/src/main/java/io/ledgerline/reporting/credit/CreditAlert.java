package io.ledgerline.reporting.credit;

import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A credit alert as its event states it, keyed by the event's id. Every alert has a customer, a day ({@code assessedOn}
 * of a downgrade, {@code raisedOn} of a referral) and, where the event gives them, the assessment, the {@code grade} and
 * {@code score} it ends in (a downgrade's {@code toGrade} and {@code toScore}). A downgrade adds where it came from and
 * why it was assessed; a referral adds the threshold it fell below and the exposure to cover per currency.
 */
record CreditAlert(String eventId, AlertKind kind, String customerId, String assessmentId, LocalDate on, Instant recordedAt,
                   String grade, Integer score, String fromGrade, Integer fromScore, String trigger, Integer belowScore,
                   List<Money> exposureToCover) {

    static Optional<CreditAlert> from(EventEnvelope event) {
        Optional<AlertKind> kind = Arrays.stream(AlertKind.values()).filter(k -> k.type().equals(event.type())).findFirst();
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        EventFields data = EventFields.of(event);
        if (kind.get() == AlertKind.DOWNGRADE) {
            return Optional.of(new CreditAlert(event.id(), AlertKind.DOWNGRADE, data.customerId(), data.text("assessmentId"),
                    data.requiredDate("assessedOn"), data.time(), data.text("toGrade"), data.integer("toScore"),
                    data.text("fromGrade"), data.integer("fromScore"), data.text("trigger"), null, List.of()));
        }
        return Optional.of(new CreditAlert(event.id(), AlertKind.INSURANCE_REFERRAL, data.customerId(), data.text("assessmentId"),
                data.requiredDate("raisedOn"), data.time(), data.text("grade"), data.integer("score"), null, null, null,
                data.integer("belowScore"), data.moneyList("exposureToCover")));
    }
}
