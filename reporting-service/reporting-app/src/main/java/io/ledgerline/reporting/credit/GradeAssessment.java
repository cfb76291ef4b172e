package io.ledgerline.reporting.credit;

import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One {@code CustomerAssessed}: the grade and score a customer got, in force from {@code assessedOn} until its next
 * assessment. Assessments of one customer are ordered by {@code assessedOn}, then by {@code sequence} (the envelope's,
 * within the customer's credit profile), then by when they were recorded.
 */
record GradeAssessment(String customerId, String assessmentId, LocalDate assessedOn, String grade, int score,
                       Boolean tradeAllowed, Integer scorecardVersion, Integer policyVersion, String trigger, long sequence,
                       Instant recordedAt) {

    static final String TYPE = "ledgerline.credit.CustomerAssessed.v1";

    static Optional<GradeAssessment> from(EventEnvelope event) {
        if (!TYPE.equals(event.type())) {
            return Optional.empty();
        }
        EventFields data = EventFields.of(event);
        return Optional.of(new GradeAssessment(data.customerId(), data.required("assessmentId"), data.requiredDate("assessedOn"),
                data.required("grade"), data.requiredInteger("score"), data.bool("tradeAllowed"), data.integer("scorecardVersion"),
                data.integer("policyVersion"), data.text("trigger"), event.sequence(), data.time()));
    }
}
