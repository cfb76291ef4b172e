package io.ledgerline.customer.customer;

/** How much an external risk signal should worry credit. */
public enum RiskSeverity {
    LOW, MEDIUM, HIGH, CRITICAL
}
