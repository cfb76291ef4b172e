package io.ledgerline.credit.reassessment;

import java.time.LocalDate;

/**
 * A customer due for re-assessment: why ({@code trigger}, one of the assessment triggers, and {@code cause} in words),
 * due since when, and the {@code revision} of its mark (a later mark raises it), so that a worker clears only the mark it
 * acted on.
 */
public record Due(String customerId, String trigger, String cause, LocalDate since, int revision) {
}
