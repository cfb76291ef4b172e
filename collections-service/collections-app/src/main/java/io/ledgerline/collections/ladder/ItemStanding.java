package io.ledgerline.collections.ladder;

import io.ledgerline.collections.api.v1.DunningStep;
import java.time.LocalDate;
import java.util.Optional;

/** An item's status on its ladder and, while it is dunned, its next step not yet reached and that step's day. */
public record ItemStanding(OpenItem item, ItemStatus status, Optional<DunningStep> nextStep, Optional<LocalDate> nextStepOn) {
}
