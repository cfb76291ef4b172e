package io.ledgerline.credit.history;

import static io.ledgerline.credit.history.Phrases.points;
import static io.ledgerline.credit.history.Phrases.signed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.api.v1.FactorContribution;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A grade that differs from the customer's previous assessment, explained by the factors whose contributions moved
 * most (by the size of the move; equal moves in scorecard order), each with the inputs that changed, before -> after.
 */
final class GradeChange {

    /** How many of the factors that moved the summary names; the explanation sums up the others. */
    static final int NAMED_MOVERS = 3;
    static final String MISSING = "missing";

    /** One input of a factor that read differently: a value, or {@code missing} when the factor lacked it. */
    record InputChange(String input, String before, String after) {

        String text() {
            return input + " " + before + " -> " + after;
        }
    }

    /**
     * A factor whose contribution moved; {@code before} or {@code after} is null when the factor was not in that
     * assessment's scorecard.
     */
    record Mover(String factor, FactorContribution before, FactorContribution after, BigDecimal change, List<InputChange> inputs) {

        /** {@code oldest-overdue-age -10.00 (oldestOverdueDays 0 -> 40)}. */
        String text(Assessment from, Assessment to) {
            return factor + " " + signed(change) + " (" + why(from, to) + ")";
        }

        private String why(Assessment from, Assessment to) {
            if (before == null) {
                return "new in scorecard v" + to.scorecardVersion();
            }
            if (after == null) {
                return "not in scorecard v" + to.scorecardVersion();
            }
            if (!inputs.isEmpty()) {
                return inputs.stream().map(InputChange::text).collect(Collectors.joining(", "));
            }
            // same inputs, yet it moved: the scorecard scores them otherwise
            List<String> scoring = new ArrayList<>(List.of("inputs unchanged"));
            if (!Objects.equals(before.points(), after.points())) {
                scoring.add("points " + pointsText(before) + " -> " + pointsText(after));
            }
            if (before.weight() != after.weight()) {
                scoring.add("weight " + before.weight() + " -> " + after.weight());
            }
            return String.join(", ", scoring);
        }

        /** {@code contribution 20.00 -> 10.00, points 100 -> 50 at weight 20}. */
        String scoring() {
            String contribution = "contribution " + (before == null ? "none" : points(Assessment.contribution(before))) + " -> "
                    + (after == null ? "none" : points(Assessment.contribution(after)));
            if (before == null || after == null) {
                return contribution;
            }
            String weight = before.weight() == after.weight() ? "at weight " + after.weight()
                    : "at weight " + before.weight() + " -> " + after.weight();
            return contribution + ", points " + pointsText(before) + " -> " + pointsText(after) + " " + weight;
        }

        private static String pointsText(FactorContribution c) {
            return c.points() == null ? "none (no data)" : c.points().toString();
        }
    }

    private GradeChange() {
    }

    /** The grade change from {@code before} to {@code after}; empty when there is no previous assessment or the grade is the same. */
    static Optional<Entry> between(Assessment before, Assessment after) {
        if (before == null || before.grade().equals(after.grade())) {
            return Optional.empty();
        }
        List<Mover> movers = movers(before.contributions(), after.contributions());
        List<Mover> named = movers.subList(0, Math.min(NAMED_MOVERS, movers.size()));
        String head = "grade " + before.grade() + " -> " + after.grade() + ": score " + before.score() + " -> " + after.score();
        String summary = head + named.stream().map(m -> "; " + m.text(before, after)).collect(Collectors.joining());

        List<String> why = new ArrayList<>();
        why.add(head + " (assessment " + before.assessmentId() + " of " + before.assessedOn() + " -> assessment "
                + after.assessmentId() + " of " + after.assessedOn() + ")");
        BigDecimal sumBefore = before.contributionSum();
        BigDecimal sumAfter = after.contributionSum();
        why.add("the contributions sum " + points(sumBefore) + " -> " + points(sumAfter) + " (" + signed(sumAfter.subtract(sumBefore))
                + "), rounded half up to the scores");
        why.add(versions(before, after));
        for (Mover m : named) {
            why.add(m.text(before, after) + ": " + m.scoring());
        }
        if (movers.size() > named.size()) {
            List<Mover> rest = movers.subList(named.size(), movers.size());
            BigDecimal restChange = rest.stream().map(Mover::change).reduce(BigDecimal.ZERO, BigDecimal::add);
            why.add(rest.size() + (rest.size() == 1 ? " other factor moved " : " other factors moved ") + signed(restChange)
                    + " in all: " + rest.stream().map(m -> m.factor() + " " + signed(m.change())).collect(Collectors.joining(", ")));
        }
        if (movers.isEmpty()) {
            why.add(before.policyVersion() == after.policyVersion() ? "no factor's contribution moved"
                    : "no factor's contribution moved: credit policy v" + after.policyVersion() + " grades the score otherwise than v"
                    + before.policyVersion() + " did");
        }
        if (before.tradeAllowed() != after.tradeAllowed()) {
            why.add(after.tradeAllowed() ? "trade is allowed again: the score reaches the policy's minimum to trade"
                    : "trade is no longer allowed: the score is below the policy's minimum to trade");
        }
        return Optional.of(new Entry(EntryKind.GRADE_CHANGE, after.assessedOn(), summary, why, after.assessedBy(),
                Versions.of(after.scorecardVersion(), after.policyVersion()), inputs(before, after, movers), after.assessmentId(),
                null, null));
    }

    /** Every factor whose contribution moved, the biggest move first; equal moves in the order of the new scorecard. */
    static List<Mover> movers(List<FactorContribution> before, List<FactorContribution> after) {
        Map<String, FactorContribution> was = new LinkedHashMap<>();
        before.forEach(c -> was.put(c.factor(), c));
        List<Mover> moved = new ArrayList<>();
        for (FactorContribution now : after) {
            mover(was.remove(now.factor()), now).ifPresent(moved::add);
        }
        for (FactorContribution gone : was.values()) {
            mover(gone, null).ifPresent(moved::add);
        }
        // a stable sort: equal moves keep the scorecard's order
        moved.sort(Comparator.comparing((Mover m) -> m.change().abs()).reversed());
        return moved;
    }

    private static Optional<Mover> mover(FactorContribution before, FactorContribution after) {
        BigDecimal from = before == null ? BigDecimal.ZERO : Assessment.contribution(before);
        BigDecimal to = after == null ? BigDecimal.ZERO : Assessment.contribution(after);
        BigDecimal change = to.subtract(from);
        if (change.signum() == 0) {
            return Optional.empty();
        }
        String factor = after != null ? after.factor() : before.factor();
        List<InputChange> inputs = before == null || after == null ? List.of() : inputChanges(before, after);
        return Optional.of(new Mover(factor, before, after, change, inputs));
    }

    /** The inputs that read differently, by name; an input the factor missed reads {@code missing}. */
    static List<InputChange> inputChanges(FactorContribution before, FactorContribution after) {
        TreeSet<String> names = new TreeSet<>();
        names.addAll(before.inputs().keySet());
        names.addAll(before.missingInputs());
        names.addAll(after.inputs().keySet());
        names.addAll(after.missingInputs());
        List<InputChange> changes = new ArrayList<>();
        for (String name : names) {
            String from = value(before, name);
            String to = value(after, name);
            if (!from.equals(to)) {
                changes.add(new InputChange(name, from, to));
            }
        }
        return changes;
    }

    private static String value(FactorContribution c, String input) {
        String value = c.inputs().get(input);
        return value != null ? value : c.missingInputs().contains(input) ? MISSING : "none";
    }

    private static String versions(Assessment before, Assessment after) {
        String scorecard = before.scorecardVersion() == after.scorecardVersion() ? "scorecard v" + after.scorecardVersion()
                : "scorecard v" + before.scorecardVersion() + " -> v" + after.scorecardVersion();
        String policy = before.policyVersion() == after.policyVersion() ? "credit policy v" + after.policyVersion()
                : "credit policy v" + before.policyVersion() + " -> v" + after.policyVersion();
        return "by " + scorecard + " and " + policy;
    }

    private static ObjectNode inputs(Assessment before, Assessment after, List<Mover> movers) {
        ObjectNode inputs = EnvelopeCodec.mapper().createObjectNode();
        inputs.set("from", side(before));
        inputs.set("to", side(after));
        ArrayNode moved = inputs.putArray("movers");
        for (Mover m : movers) {
            ObjectNode node = moved.addObject();
            node.put("factor", m.factor());
            node.put("change", points(m.change()));
            node.put("before", m.before() == null ? null : points(Assessment.contribution(m.before())));
            node.put("after", m.after() == null ? null : points(Assessment.contribution(m.after())));
            ObjectNode changed = node.putObject("inputs");
            for (InputChange c : m.inputs()) {
                changed.putObject(c.input()).put("before", c.before()).put("after", c.after());
            }
        }
        return inputs;
    }

    private static ObjectNode side(Assessment a) {
        ObjectNode side = EnvelopeCodec.mapper().createObjectNode();
        side.put("assessmentId", a.assessmentId());
        side.put("assessedOn", a.assessedOn().toString());
        side.put("score", a.score());
        side.put("grade", a.grade());
        side.put("tradeAllowed", a.tradeAllowed());
        side.put("scorecardVersion", a.scorecardVersion());
        side.put("policyVersion", a.policyVersion());
        return side;
    }
}
