package io.ledgerline.customer.customer;

/** What an external risk signal reports. */
public enum RiskKind {
    REGISTRATION_CHANGE, JUDICIAL_RECORD, ENFORCEMENT_LISTING, FINANCIAL_ANOMALY, BUREAU_REPORT
}
