package io.ledgerline.collections.credit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.collections.Topics;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.time.Instant;
import java.util.UUID;

/**
 * Credit facts published on the real {@code ledgerline.credit.events} as credit-service's relay does, written as JSON by
 * type name (collections-service does not depend on credit-api), each awaited until folded and the customer evaluated.
 */
public final class CreditEvents {

    private CreditEvents() {
    }

    /** The customer was assessed on {@code on} with {@code grade}; {@code sequence} is its place in the customer's credit history. */
    public static EventEnvelope assessed(String customerId, String grade, String on, long sequence) {
        ObjectNode data = EnvelopeCodec.mapper().createObjectNode()
                .put("customerId", customerId).put("assessmentId", UUID.randomUUID().toString()).put("assessedOn", on)
                .put("assessedBy", "credit-analyst-user").put("score", 55).put("grade", grade).put("tradeAllowed", true)
                .put("coverage", "100.00").put("missingDataRule", "NEUTRAL_POINTS").put("scorecardVersion", 1).put("policyVersion", 1);
        data.putArray("contributions");
        data.putArray("missingData");
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/credit",
                "ledgerline.credit.CustomerAssessed.v1", customerId, Instant.parse("2026-01-01T09:00:00Z"), customerId, sequence, "1", data);
        Topics.send(CreditGradesProjection.TOPIC, CreditGradesProjection.NAME, envelope);
        Topics.evaluated(customerId);
        return envelope;
    }

    /** credit-service downgraded the customer from {@code from} to {@code to} with an assessment of {@code on}. */
    public static EventEnvelope downgraded(String customerId, String from, String to, String on, long sequence) {
        ObjectNode data = EnvelopeCodec.mapper().createObjectNode()
                .put("customerId", customerId).put("assessmentId", UUID.randomUUID().toString()).put("assessedOn", on)
                .put("fromGrade", from).put("toGrade", to).put("fromScore", 82).put("toScore", 58).put("trigger", "risk-signal");
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "ledgerline/credit",
                "ledgerline.credit.CreditGradeDowngraded.v1", customerId, Instant.parse("2026-01-01T09:00:00Z"), customerId, sequence, "1",
                data);
        Topics.send(CreditGradesProjection.TOPIC, CreditGradesProjection.NAME, envelope);
        Topics.evaluated(customerId);
        return envelope;
    }
}
