package io.ledgerline.credit.history;

/** What a decision history entry records; each comes from one published credit event, GRADE_CHANGE from an assessment. */
public enum EntryKind {
    ASSESSMENT,
    GRADE_CHANGE,
    DOWNGRADE_ALERT,
    INSURANCE_REFERRAL,
    STATEMENT,
    APPLICATION_SUBMITTED,
    APPLICATION_GRANTED,
    APPLICATION_REJECTED,
    LIMIT_ASSIGNED,
    CHECK_APPROVED,
    CHECK_HELD,
    CHECK_REJECTED,
    CHECK_RELEASED,
    CHECK_CANCELLED,
    BLOCKED,
    UNBLOCKED
}
