package io.ledgerline.credit.check;

/** The body of a release or cancellation: why, required. */
public record ReasonRequest(String reason) {
}
