package io.ledgerline.collections.ladder;

import java.util.Arrays;
import java.util.Optional;

/** What a dunning step does; the escalations name the level that must own them. */
public enum StepAction {
    REMINDER_TASK_SALES(null),
    COURTESY_EMAIL(null),
    OVERDUE_EMAIL(null),
    PHONE_TASK_SALES(null),
    ESCALATE_FINANCE(OwnerLevel.FINANCE),
    ESCALATE_LEGAL(OwnerLevel.LEGAL);

    private final OwnerLevel requiredOwner;

    StepAction(OwnerLevel requiredOwner) {
        this.requiredOwner = requiredOwner;
    }

    /** The owner level the action needs, if it needs one: an escalation to finance is owned by finance. */
    public Optional<OwnerLevel> requiredOwner() {
        return Optional.ofNullable(requiredOwner);
    }

    public static Optional<StepAction> of(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }
}
