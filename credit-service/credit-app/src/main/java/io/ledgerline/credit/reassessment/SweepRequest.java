package io.ledgerline.credit.reassessment;

/** The optional body of a sweep on request: {@code dryRun} true only lists whom it would mark. */
public record SweepRequest(Boolean dryRun) {
}
