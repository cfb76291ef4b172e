package io.ledgerline.collections.ladder;

import java.util.Arrays;
import java.util.Optional;

/** Who owns a step, in escalation order: a ladder never hands a later step to a lower level. */
public enum OwnerLevel {
    SALES,
    FINANCE,
    LEGAL;

    public static Optional<OwnerLevel> of(String name) {
        return Arrays.stream(values()).filter(l -> l.name().equals(name)).findFirst();
    }
}
