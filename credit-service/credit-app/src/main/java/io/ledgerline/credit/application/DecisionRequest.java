package io.ledgerline.credit.application;

/** The body of an approval or rejection: the credit manager's reason, required. */
public record DecisionRequest(String reason) {
}
