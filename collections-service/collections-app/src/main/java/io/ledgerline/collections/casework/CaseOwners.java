package io.ledgerline.collections.casework;

/** Whom a customer's case and tasks go to at each escalation level: its sales owner, a finance collector, legal. */
public record CaseOwners(String sales, String finance, String legal) {
}
