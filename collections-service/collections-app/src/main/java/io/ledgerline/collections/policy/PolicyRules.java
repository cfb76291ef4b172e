package io.ledgerline.collections.policy;

import io.ledgerline.collections.api.v1.DunningLadder;
import io.ledgerline.collections.api.v1.DunningPolicyDefinition;
import io.ledgerline.collections.api.v1.DunningStep;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.ladder.OwnerLevel;
import io.ledgerline.collections.ladder.StepAction;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a dunning policy usable: a name; ladders with distinct names, each for distinct grades (one ladder, and only
 * one, for {@code UNGRADED}) with at least one step; steps with ids unique in their ladder (lower-case letters, digits and
 * dashes), days from -365 to 3650 strictly ascending, a known action and owner, owners never going down the levels
 * (sales, finance, legal), escalations owned by their level, and a step id meaning the same action in every ladder;
 * minimum balances in distinct ISO 4217 currencies, none negative.
 */
public final class PolicyRules {

    static final int EARLIEST_DAY = -365;
    static final int LATEST_DAY = 3650;
    private static final Pattern STEP_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private PolicyRules() {
    }

    public static DunningPolicyDefinition validate(DunningPolicyDefinition policy) {
        if (policy == null) {
            throw new InvalidPolicy(null, "the body must be a dunning policy");
        }
        text("name", policy.name(), 200);
        if (policy.ladders() == null || policy.ladders().isEmpty()) {
            throw new InvalidPolicy("ladders", "a policy needs at least one ladder");
        }
        Set<String> names = new HashSet<>();
        Map<String, String> laddersByGrade = new HashMap<>();
        Map<String, String> actionsByStep = new HashMap<>();
        for (int i = 0; i < policy.ladders().size(); i++) {
            String at = "ladders[" + i + "]";
            DunningLadder ladder = policy.ladders().get(i);
            if (ladder == null) {
                throw new InvalidPolicy(at, "a ladder must be an object");
            }
            if (!names.add(text(at + ".name", ladder.name(), 100))) {
                throw new InvalidPolicy(at + ".name", "ladder " + ladder.name() + " appears twice");
            }
            grades(at, ladder, laddersByGrade);
            steps(at, ladder, actionsByStep);
        }
        if (!laddersByGrade.containsKey(DunningPolicyDefinition.UNGRADED)) {
            throw new InvalidPolicy("ladders", "one ladder must list the grade " + DunningPolicyDefinition.UNGRADED
                    + ": it is dunned for customers without a grade and for grades no ladder lists");
        }
        minimums(policy);
        return policy;
    }

    private static void grades(String at, DunningLadder ladder, Map<String, String> laddersByGrade) {
        if (ladder.grades() == null || ladder.grades().isEmpty()) {
            throw new InvalidPolicy(at + ".grades", "a ladder needs at least one grade (" + DunningPolicyDefinition.UNGRADED
                    + " for customers without one)");
        }
        for (int j = 0; j < ladder.grades().size(); j++) {
            String grade = text(at + ".grades[" + j + "]", ladder.grades().get(j), 20);
            String other = laddersByGrade.putIfAbsent(grade, ladder.name());
            if (other != null) {
                throw new InvalidPolicy(at + ".grades[" + j + "]", "grade " + grade + " already has ladder " + other);
            }
        }
    }

    private static void steps(String at, DunningLadder ladder, Map<String, String> actionsByStep) {
        if (ladder.steps() == null || ladder.steps().isEmpty()) {
            throw new InvalidPolicy(at + ".steps", "a ladder needs at least one step");
        }
        Set<String> ids = new HashSet<>();
        Integer previousDay = null;
        OwnerLevel previousOwner = null;
        for (int j = 0; j < ladder.steps().size(); j++) {
            String s = at + ".steps[" + j + "]";
            DunningStep step = ladder.steps().get(j);
            if (step == null) {
                throw new InvalidPolicy(s, "a step must be an object");
            }
            if (step.id() == null || !STEP_ID.matcher(step.id()).matches()) {
                throw new InvalidPolicy(s + ".id", "a step id is 1-60 lower-case letters, digits and dashes, starting with a letter "
                        + "or digit, e.g. first-overdue-email");
            }
            if (!ids.add(step.id())) {
                throw new InvalidPolicy(s + ".id", "step " + step.id() + " appears twice in ladder " + ladder.name());
            }
            Integer day = step.dayOffset();
            if (day == null || day < EARLIEST_DAY || day > LATEST_DAY) {
                throw new InvalidPolicy(s + ".dayOffset", "dayOffset is required, in days from the due date, " + EARLIEST_DAY + " to "
                        + LATEST_DAY);
            }
            if (previousDay != null && day <= previousDay) {
                throw new InvalidPolicy(s + ".dayOffset", "steps are listed by ascending dayOffset, one step a day: " + day
                        + " does not come after " + previousDay);
            }
            StepAction action = StepAction.of(step.action()).orElseThrow(() -> new InvalidPolicy(s + ".action",
                    "action must be one of " + Arrays.toString(StepAction.values()) + ", got " + step.action()));
            OwnerLevel owner = OwnerLevel.of(step.owner()).orElseThrow(() -> new InvalidPolicy(s + ".owner",
                    "owner must be one of " + Arrays.toString(OwnerLevel.values()) + ", got " + step.owner()));
            if (action.requiredOwner().isPresent() && action.requiredOwner().get() != owner) {
                throw new InvalidPolicy(s + ".owner", action + " is owned by " + action.requiredOwner().get() + ", not " + owner);
            }
            if (previousOwner != null && owner.compareTo(previousOwner) < 0) {
                throw new InvalidPolicy(s + ".owner", "a ladder only escalates: step " + step.id() + " owned by " + owner
                        + " comes after a step owned by " + previousOwner);
            }
            String sameId = actionsByStep.putIfAbsent(step.id(), step.action());
            if (sameId != null && !sameId.equals(step.action())) {
                throw new InvalidPolicy(s + ".action", "step " + step.id() + " is " + sameId + " in another ladder: a step id names "
                        + "the same step in every ladder, so an item that changes ladder never takes it twice");
            }
            previousDay = day;
            previousOwner = owner;
        }
    }

    private static void minimums(DunningPolicyDefinition policy) {
        Set<String> currencies = new HashSet<>();
        for (int k = 0; k < policy.minimumBalances().size(); k++) {
            String at = "minimumBalances[" + k + "]";
            Money m = policy.minimumBalances().get(k);
            if (m == null) {
                throw new InvalidPolicy(at, "a minimum balance must be an object {amount, currency}");
            }
            if (m.currency() == null || !CURRENCY.matcher(m.currency()).matches()) {
                throw new InvalidPolicy(at + ".currency", "currency must be an ISO 4217 code such as CNY, got " + m.currency());
            }
            if (!currencies.add(m.currency())) {
                throw new InvalidPolicy(at + ".currency", "currency " + m.currency() + " has a minimum balance already");
            }
            if (m.amount() == null || m.amount().signum() < 0) {
                throw new InvalidPolicy(at + ".amount", "amount is required and must not be negative");
            }
        }
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidPolicy(field, field + " is required");
        }
        if (value.length() > max) {
            throw new InvalidPolicy(field, field + " is longer than " + max + " characters");
        }
        return value;
    }
}
