package io.ledgerline.credit.history;

import static io.ledgerline.credit.history.Phrases.money;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.credit.api.v1.CreditApplicationGranted;
import io.ledgerline.credit.api.v1.CreditApplicationRejected;
import io.ledgerline.credit.api.v1.CreditApplicationSubmitted;
import io.ledgerline.credit.api.v1.CreditLimitAssigned;
import io.ledgerline.credit.api.v1.PolicyCheck;
import io.ledgerline.credit.api.v1.PolicyEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Explains credit applications (every policy check with its figures, who decided and why) and the limits they assign. */
final class ApplicationEntries {

    private ApplicationEntries() {
    }

    static Entry submitted(CreditApplicationSubmitted s, JsonNode data) {
        PolicyEvaluation e = s.evaluation();
        List<String> failed = e.checks().stream().filter(c -> !c.passed()).map(PolicyCheck::rule).toList();
        String summary = "applied for a limit of " + money(s.requestedLimit()) + " on " + s.paymentTermsDays()
                + " days, prepayment share " + s.prepaymentShare().toPlainString() + ": "
                + (e.withinPolicy() ? "within credit policy v" + e.policyVersion()
                : "outside credit policy v" + e.policyVersion() + " (" + String.join(", ", failed) + ")");
        List<String> why = new ArrayList<>();
        why.add("requested by " + s.requestedBy() + " on " + s.submittedOn());
        why.addAll(evaluation(e));
        why.add(e.withinPolicy() ? "every check passed, so it is granted at once"
                : "it waits for a credit manager other than its requester to approve or reject it");
        return new Entry(EntryKind.APPLICATION_SUBMITTED, s.submittedOn(), summary, why, s.requestedBy(), versions(e),
                Phrases.without(data, "customerId", "applicationId", "submittedOn", "requestedBy"), e.assessmentId(), null,
                s.applicationId());
    }

    static Entry granted(CreditApplicationGranted g, JsonNode data) {
        PolicyEvaluation e = g.evaluation();
        String summary = g.automatic() ? "application granted automatically within credit policy v" + e.policyVersion()
                : "application granted by " + g.decidedBy() + " outside credit policy v" + e.policyVersion() + ": " + g.reason();
        List<String> why = new ArrayList<>();
        why.add((g.automatic() ? "granted by " + g.decidedBy() + ": " : "approved by " + g.decidedBy() + ": ") + g.reason());
        why.addAll(evaluation(e));
        return new Entry(EntryKind.APPLICATION_GRANTED, g.decidedOn(), summary, why, g.decidedBy(), versions(e),
                Phrases.without(data, "customerId", "applicationId", "decidedOn", "decidedBy"), e.assessmentId(), null,
                g.applicationId());
    }

    static Entry rejected(CreditApplicationRejected r, JsonNode data) {
        PolicyEvaluation e = r.evaluation();
        List<String> why = new ArrayList<>();
        why.add("rejected by " + r.decidedBy() + ": " + r.reason());
        why.addAll(evaluation(e));
        return new Entry(EntryKind.APPLICATION_REJECTED, r.decidedOn(), "application rejected by " + r.decidedBy() + ": " + r.reason(),
                why, r.decidedBy(), versions(e), Phrases.without(data, "customerId", "applicationId", "decidedOn", "decidedBy"),
                e.assessmentId(), null, r.applicationId());
    }

    static Entry limitAssigned(CreditLimitAssigned l, JsonNode data) {
        String terms = money(l.limit()) + " on " + l.paymentTermsDays() + " days, prepayment share " + l.prepaymentShare().toPlainString();
        List<String> why = List.of(
                "assigned by " + l.assignedBy() + " on " + l.assignedOn() + " for application " + l.applicationId()
                        + " under credit policy v" + l.policyVersion(),
                "order credit checks hold orders whose exposure would exceed " + money(l.limit()));
        return new Entry(EntryKind.LIMIT_ASSIGNED, l.assignedOn(), "credit limit " + terms + " assigned", why, l.assignedBy(),
                Versions.of(null, l.policyVersion()), Phrases.without(data, "customerId", "applicationId", "assignedOn", "assignedBy"),
                null, null, l.applicationId());
    }

    /** The assessment the application was held against and every check with the figures it compared. */
    static List<String> evaluation(PolicyEvaluation e) {
        List<String> lines = new ArrayList<>();
        lines.add(e.assessmentId() == null ? "the customer had not been assessed"
                : "held against assessment " + e.assessmentId() + " of " + e.assessedOn() + ": score " + e.score() + ", grade "
                + e.grade() + " (scorecard v" + e.scorecardVersion() + ", credit policy v" + e.assessmentPolicyVersion()
                + "), under credit policy v" + e.policyVersion());
        lines.addAll(e.checks().stream().map(c -> (c.passed() ? "passed " : "failed ") + c.rule() + ": " + c.detail())
                .collect(Collectors.toList()));
        return lines;
    }

    /** The scorecard that scored the assessment and the policy version the application was checked against. */
    private static Versions versions(PolicyEvaluation e) {
        return Versions.of(e.scorecardVersion(), e.policyVersion());
    }
}
