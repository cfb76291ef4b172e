-- Credit-service's grades, alerts and order credit checks (ledgerline.credit.events), folded by reporting.credit
-- and rebuilt with it. Nothing is joined or summed on arrival: the reports read the grade in force on any date and
-- each check's fate up to any date from these rows.

-- Every assessment (CustomerAssessed), in force from assessed_on until the customer's next one (by assessed_on,
-- then sequence within the customer's credit profile, then recorded_at). Assessments never change: a repeat is a no-op.
CREATE TABLE credit_grade (
    assessment_id     VARCHAR(100) PRIMARY KEY,
    customer_id       VARCHAR(100) NOT NULL,
    assessed_on       DATE         NOT NULL,
    grade             VARCHAR(40)  NOT NULL,
    score             INTEGER      NOT NULL,
    trade_allowed     BOOLEAN,
    scorecard_version INTEGER,
    policy_version    INTEGER,
    trigger           VARCHAR(100),
    sequence          BIGINT       NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL
);

CREATE INDEX credit_grade_customer ON credit_grade (customer_id, assessed_on, sequence);

-- Downgrades (CreditGradeDowngraded) and credit insurance referrals (CreditInsuranceReferralRaised), one row per
-- event id. grade and score are what the customer ends in (a downgrade's toGrade and toScore); from_grade, from_score
-- and trigger are a downgrade's, below_score a referral's. Fields the event leaves out stay NULL.
CREATE TABLE credit_alert (
    event_id      VARCHAR(255) PRIMARY KEY,
    kind          VARCHAR(30)  NOT NULL CHECK (kind IN ('DOWNGRADE', 'INSURANCE_REFERRAL')),
    customer_id   VARCHAR(100) NOT NULL,
    assessment_id VARCHAR(100),
    alert_on      DATE         NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    grade         VARCHAR(40),
    score         INTEGER,
    from_grade    VARCHAR(40),
    from_score    INTEGER,
    trigger       VARCHAR(100),
    below_score   INTEGER
);

CREATE INDEX credit_alert_on ON credit_alert (alert_on, kind);

-- A referral's exposure to cover, one row per currency.
CREATE TABLE credit_alert_exposure (
    event_id VARCHAR(255)  NOT NULL,
    currency VARCHAR(3)    NOT NULL,
    amount   NUMERIC(19,4) NOT NULL,
    PRIMARY KEY (event_id, currency)
);

-- One row per order credit check (the order id is the check's id). The decision's columns (status APPROVED, HOLD or
-- REJECTED, checked_on, reason codes, the grade it read) come from CreditCheckApproved/Held/Rejected; released_on from
-- CreditCheckReleased; cancelled_on from CreditCheckCancelled. Each event writes its own columns only, so their
-- arrival order does not matter and a repeat changes nothing; a row whose decision has not arrived yet has status NULL.
-- inputs_read is false for a decision without inputs: its grade is then the one in force on checked_on.
CREATE TABLE credit_check (
    order_id          VARCHAR(100)  PRIMARY KEY,
    customer_id       VARCHAR(100)  NOT NULL,
    currency          VARCHAR(3),
    amount            NUMERIC(19,4),
    status            VARCHAR(20)   CHECK (status IN ('APPROVED', 'HOLD', 'REJECTED')),
    checked_on        DATE,
    reason_codes      VARCHAR(100)[],
    inputs_read       BOOLEAN,
    grade_at_check    VARCHAR(40),
    assessment_id     VARCHAR(100),
    released_on       DATE,
    released_as       VARCHAR(100),
    cancelled_on      DATE,
    reservation_freed BOOLEAN
);

CREATE INDEX credit_check_checked_on ON credit_check (checked_on);
