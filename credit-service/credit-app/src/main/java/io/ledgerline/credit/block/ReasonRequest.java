package io.ledgerline.credit.block;

/** The body of a block or its release: why, required. */
public record ReasonRequest(String reason) {
}
