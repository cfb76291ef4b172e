package io.ledgerline.credit.history;

import static io.ledgerline.credit.history.Phrases.points;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.api.v1.CustomerAssessed;
import io.ledgerline.credit.api.v1.FactorContribution;
import io.ledgerline.credit.api.v1.FinancialStatementSubmitted;
import io.ledgerline.credit.api.v1.MissingInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Explains assessments (each factor's contribution with its inputs) and the financial statements they score. */
final class AssessmentEntries {

    private AssessmentEntries() {
    }

    /**
     * An assessment: its score as the rounded sum of the contributions, its grade by the policy version, the coverage and
     * every factor with the points it earned and the inputs it read or missed. {@code data} is the event as recorded,
     * whose optional {@code trigger} (why it was assessed) and {@code facts} the entry shows when present.
     */
    static Entry assessed(CustomerAssessed a, JsonNode data) {
        String trigger = Phrases.text(data, "trigger");
        String summary = "score " + a.score() + ", grade " + a.grade() + (a.tradeAllowed() ? "" : ", not traded with")
                + " by scorecard v" + a.scorecardVersion() + " and credit policy v" + a.policyVersion()
                + (trigger == null ? "" : " (trigger: " + trigger + ")");
        List<String> why = new ArrayList<>();
        if (trigger != null) {
            why.add("assessed on trigger " + trigger);
        }
        BigDecimal sum = Assessment.of(a).contributionSum();
        why.add("score " + a.score() + ": the " + a.contributions().size() + " factors' contributions sum to " + points(sum)
                + ", rounded half up");
        why.add("grade " + a.grade() + " by credit policy v" + a.policyVersion() + (a.tradeAllowed() ? ", which trades with the customer"
                : "; the score is below the policy's minimum to trade, so it is not traded with"));
        why.add("coverage " + (a.coverage() == null ? Phrases.UNKNOWN : a.coverage().toPlainString() + "%")
                + " of the scorecard's weight had data; missing data by the rule " + a.missingDataRule());
        for (FactorContribution c : a.contributions()) {
            why.add(factor(c, a.missingData()));
        }
        ObjectNode inputs = Phrases.without(data, "customerId", "assessmentId", "assessedOn", "assessedBy", "scorecardVersion",
                "policyVersion");
        return new Entry(EntryKind.ASSESSMENT, a.assessedOn(), summary, why, a.assessedBy(),
                Versions.of(a.scorecardVersion(), a.policyVersion()), inputs, a.assessmentId(), null, null);
    }

    /**
     * {@code years-since-founding adds 2.40 of its weight 6: 40 points; foundingDate 2010-01-01, yearsSinceFounding 3} or,
     * without data, {@code ownership-type adds 2.00 of its weight 4 without data: ownershipType missing (not known)}.
     */
    static String factor(FactorContribution c, List<MissingInput> missing) {
        String head = c.factor() + " adds " + points(Assessment.contribution(c)) + " of its weight " + c.weight();
        List<String> read = new ArrayList<>();
        new TreeMap<>(c.inputs()).forEach((input, value) -> read.add(input + " " + value));
        for (String input : c.missingInputs()) {
            String reason = missing.stream().filter(m -> c.factor().equals(m.factor()) && input.equals(m.input()))
                    .map(MissingInput::reason).findFirst().orElse(null);
            read.add(input + " missing" + (reason == null ? "" : " (" + reason + ")"));
        }
        String inputs = String.join(", ", read);
        return c.points() == null ? head + " without data" + (inputs.isEmpty() ? "" : ": " + inputs)
                : head + ": " + c.points() + " points" + (inputs.isEmpty() ? "" : "; " + inputs);
    }

    /** A financial statement: its period and figures, at the day it was recorded (none for statements recorded before it was kept). */
    static Entry statement(FinancialStatementSubmitted s, JsonNode data) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("working capital", s.workingCapital());
        figures.put("retained earnings", s.retainedEarnings());
        figures.put("EBIT", s.ebit());
        figures.put("book equity", s.bookEquity());
        figures.put("total assets", s.totalAssets());
        figures.put("total liabilities", s.totalLiabilities());
        figures.put("sales", s.sales());
        String listed = figures.entrySet().stream()
                .map(f -> f.getKey() + " " + (f.getValue() == null ? Phrases.UNKNOWN : f.getValue().toPlainString()))
                .collect(Collectors.joining(", "));
        List<String> why = List.of(
                "period ending " + s.periodEnd() + " in " + s.currency() + ": " + listed,
                "assessments score the latest statement by period end; a later statement for the same period restates this one");
        return new Entry(EntryKind.STATEMENT, s.submittedOn(), "financial statement for the period ending " + s.periodEnd() + " recorded",
                why, s.submittedBy(), null, Phrases.without(data, "customerId", "submittedBy", "submittedOn"), null, null, null);
    }
}
