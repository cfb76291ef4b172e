package io.ledgerline.credit.simulation;

import io.ledgerline.credit.scoring.InvalidDefinition;
import io.ledgerline.credit.scoring.PolicyRules;
import io.ledgerline.credit.scoring.ScorecardRules;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

/** Refuses a simulation request that cannot be run, with the offending field, before anything is read or stored. */
final class SimulationValidation {

    static final int MAX_CUSTOMERS = 5000;
    static final int MAX_ID = 100;

    private SimulationValidation() {
    }

    /** One candidate at least; a version or an inline definition per book, not both; inline ones valid as if published. */
    static void candidate(SimulationRequest r) {
        if (r.scorecardVersion() == null && r.scorecard() == null && r.policyVersion() == null && r.policy() == null) {
            throw new ProblemException(Problem.of(400, "nothing-to-compare", "Nothing to compare",
                    "name a candidate: scorecardVersion or scorecard, policyVersion or policy (an omitted one is the version each "
                            + "decision recorded)", null));
        }
        if (r.scorecardVersion() != null && r.scorecard() != null) {
            throw ProblemException.invalidField("scorecard", "give scorecardVersion or an inline scorecard, not both");
        }
        if (r.policyVersion() != null && r.policy() != null) {
            throw ProblemException.invalidField("policy", "give policyVersion or an inline policy, not both");
        }
        try {
            if (r.scorecard() != null) {
                ScorecardRules.validate(r.scorecard());
            }
        } catch (InvalidDefinition e) {
            throw ProblemException.invalidField(field("scorecard", e.field()), e.getMessage());
        }
        try {
            if (r.policy() != null) {
                PolicyRules.validate(r.policy());
            }
        } catch (InvalidDefinition e) {
            throw ProblemException.invalidField(field("policy", e.field()), e.getMessage());
        }
    }

    static Scope scope(SimulationRequest r) {
        LocalDate from = date("from", r.from());
        LocalDate to = date("to", r.to());
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "to (" + to + ") is before from (" + from + ")");
        }
        return new Scope(from, to, customers(r));
    }

    private static Set<String> customers(SimulationRequest r) {
        if (r.customerIds() == null) {
            return null;
        }
        if (r.customerIds().isEmpty() || r.customerIds().size() > MAX_CUSTOMERS) {
            throw ProblemException.invalidField("customerIds", "customerIds, when given, names 1-" + MAX_CUSTOMERS + " customers");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < r.customerIds().size(); i++) {
            String id = r.customerIds().get(i);
            if (id == null || id.isBlank() || id.strip().length() > MAX_ID || id.contains("/")) {
                throw ProblemException.invalidField("customerIds[" + i + "]",
                        "a customer id is required, at most " + MAX_ID + " characters, without '/'");
            }
            ids.add(id.strip());
        }
        return ids;
    }

    private static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, field + " must be an ISO date like 2013-03-15, got '" + value + "'");
        }
    }

    private static String field(String prefix, String field) {
        return field == null ? prefix : prefix + "." + field;
    }
}
