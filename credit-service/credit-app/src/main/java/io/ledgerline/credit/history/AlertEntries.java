package io.ledgerline.credit.history;

import static io.ledgerline.credit.history.Phrases.UNKNOWN;
import static io.ledgerline.credit.history.Phrases.text;
import static io.ledgerline.credit.history.Phrases.textOr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains the alerts credit-service raises from an assessment: a grade downgrade and a referral to credit insurance.
 * Read from the recorded JSON, every field optional: a field the event lacks reads {@code unknown}.
 */
final class AlertEntries {

    static final String DOWNGRADED = "ledgerline.credit.CreditGradeDowngraded.v1";
    static final String REFERRED = "ledgerline.credit.CreditInsuranceReferralRaised.v1";
    /** Alerts are raised by credit-service, not by a person. */
    static final String RAISED_BY = "credit-service";

    private AlertEntries() {
    }

    /**
     * {@code CreditGradeDowngraded.v1}. {@code assessed} is the customer's latest assessment as the history knows it: when it
     * is the one the alert names, the entry shows its scorecard and policy versions.
     */
    static Entry downgraded(JsonNode data, Assessment assessed) {
        String assessmentId = text(data, "assessmentId");
        String trigger = text(data, "trigger");
        String grades = "grade " + textOr(data, "fromGrade", UNKNOWN) + " -> " + textOr(data, "toGrade", UNKNOWN);
        String scores = "score " + textOr(data, "fromScore", UNKNOWN) + " -> " + textOr(data, "toScore", UNKNOWN);
        List<String> why = new ArrayList<>();
        why.add("assessment " + orUnknown(assessmentId) + " of " + textOr(data, "assessedOn", UNKNOWN) + " graded the customer "
                + textOr(data, "toGrade", UNKNOWN) + ", below its previous grade " + textOr(data, "fromGrade", UNKNOWN));
        why.add(scores);
        if (trigger != null) {
            why.add("assessed on trigger " + trigger);
        }
        return new Entry(EntryKind.DOWNGRADE_ALERT, Phrases.date(data, "assessedOn"),
                "downgrade alert: " + grades + ", " + scores + (trigger == null ? "" : " (trigger: " + trigger + ")"), why, RAISED_BY,
                versions(assessmentId, assessed), Phrases.without(data, "customerId", "assessmentId", "assessedOn"), assessmentId,
                null, null);
    }

    /** {@code CreditInsuranceReferralRaised.v1}, with the versions of its assessment as {@link #downgraded} finds them. */
    static Entry referred(JsonNode data, Assessment assessed) {
        String assessmentId = text(data, "assessmentId");
        String score = textOr(data, "score", UNKNOWN);
        String below = textOr(data, "belowScore", UNKNOWN);
        List<String> exposure = new ArrayList<>();
        data.path("exposureToCover").forEach(m -> exposure.add(Phrases.money(m)));
        String cover = exposure.isEmpty() ? "no exposure to cover" : "exposure to cover " + String.join(", ", exposure);
        List<String> why = List.of(
                "score " + score + " of assessment " + orUnknown(assessmentId) + " is below the referral threshold of " + below,
                "grade " + textOr(data, "grade", UNKNOWN),
                cover);
        return new Entry(EntryKind.INSURANCE_REFERRAL, Phrases.date(data, "raisedOn"),
                "referred to credit insurance: score " + score + " below " + below + " (grade " + textOr(data, "grade", UNKNOWN) + "), "
                        + cover, why, RAISED_BY, versions(assessmentId, assessed),
                Phrases.without(data, "customerId", "assessmentId", "raisedOn"), assessmentId, null, null);
    }

    private static Versions versions(String assessmentId, Assessment assessed) {
        return assessed != null && assessed.assessmentId().equals(assessmentId)
                ? Versions.of(assessed.scorecardVersion(), assessed.policyVersion()) : null;
    }

    private static String orUnknown(String value) {
        return value == null ? UNKNOWN : value;
    }
}
