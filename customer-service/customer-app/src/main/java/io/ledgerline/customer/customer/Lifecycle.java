package io.ledgerline.customer.customer;

import java.util.EnumSet;
import java.util.Set;

/** Where a customer stands with us; {@link #CLOSED} is final. */
public enum Lifecycle {
    PROSPECT, ACTIVE, ON_HOLD, CLOSED;

    /** The states this one may move to. */
    public Set<Lifecycle> next() {
        return switch (this) {
            case PROSPECT -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(ON_HOLD, CLOSED);
            case ON_HOLD -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.noneOf(Lifecycle.class);
        };
    }

    public boolean mayBecome(Lifecycle to) {
        return next().contains(to);
    }
}
