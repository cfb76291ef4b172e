-- Projection of credit-service's own ledgerline.credit.events (DecisionHistoryProjection): one entry per decision about
-- a customer, with its explanation, the inputs it recorded and the scorecard and policy versions that made it.
-- position numbers a customer's entries 1, 2, ... in the order their events stand in the customer's partition (an
-- assessment's derived grade change right after it), so a rebuild from offset 0 numbers them the same. An event is
-- folded once: a repeat whose entries exist changes nothing.
CREATE TABLE credit_history_entry (
    customer_id       VARCHAR(100) NOT NULL,
    position          BIGINT       NOT NULL,
    event_id          VARCHAR(255) NOT NULL,
    kind              VARCHAR(30)  NOT NULL,
    -- the business date of the decision; null for a financial statement, whose event carries none
    decided_on        DATE,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    summary           TEXT         NOT NULL,
    -- JSON array of sentences
    explanation       TEXT         NOT NULL,
    decided_by        VARCHAR(200),
    scorecard_version INTEGER,
    policy_version    INTEGER,
    -- JSON object: what the decision read, as its event recorded it
    inputs            TEXT         NOT NULL,
    assessment_id     VARCHAR(100),
    order_id          VARCHAR(100),
    application_id    VARCHAR(100),
    PRIMARY KEY (customer_id, position),
    CONSTRAINT credit_history_entry_once UNIQUE (event_id, kind)
);
CREATE INDEX credit_history_entry_by_kind ON credit_history_entry (customer_id, kind, position);
CREATE INDEX credit_history_entry_by_assessment ON credit_history_entry (assessment_id) WHERE kind = 'ASSESSMENT';

-- Each customer's latest assessment as the history last folded it: what a new assessment's grade change compares with.
CREATE TABLE credit_history_assessment (
    customer_id       VARCHAR(100) PRIMARY KEY,
    assessment_id     VARCHAR(100) NOT NULL,
    assessed_on       DATE         NOT NULL,
    assessed_by       VARCHAR(200),
    score             INTEGER      NOT NULL,
    grade             VARCHAR(20)  NOT NULL,
    trade_allowed     BOOLEAN      NOT NULL,
    scorecard_version INTEGER      NOT NULL,
    policy_version    INTEGER      NOT NULL,
    -- JSON array: the contributions as CustomerAssessed.v1 carries them
    contributions     TEXT         NOT NULL
);
