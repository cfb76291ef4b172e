-- Every step each item reached (DunningCase's DunningStepReached), one row per item and step, written in the
-- transaction that stores the event: the steps already taken, read by the evaluation and the customer's dunning view.
CREATE TABLE dunning_step (
    invoice_id     VARCHAR(100)   NOT NULL,
    step_id        VARCHAR(60)    NOT NULL,
    customer_id    VARCHAR(100)   NOT NULL,
    invoice_number VARCHAR(100)   NOT NULL,
    action         VARCHAR(30)    NOT NULL,
    day_offset     INTEGER        NOT NULL,
    owner          VARCHAR(20)    NOT NULL,
    due_date       DATE           NOT NULL,
    business_date  DATE           NOT NULL,
    late           BOOLEAN        NOT NULL,
    amount         NUMERIC(24, 4) NOT NULL,
    currency       CHAR(3)        NOT NULL,
    policy_version INTEGER        NOT NULL,
    grade          VARCHAR(20),
    PRIMARY KEY (invoice_id, step_id)
);
CREATE INDEX dunning_step_by_customer ON dunning_step (customer_id, business_date);

-- Customers to evaluate again (a fact about them was folded): marked by the projections in the transaction that folds
-- the fact; the worker evaluates each in its own transaction and deletes the row only if no mark arrived meanwhile.
CREATE TABLE dunning_evaluation_due (
    customer_id     VARCHAR(100) PRIMARY KEY,
    cause           TEXT         NOT NULL,
    since           DATE         NOT NULL,
    revision        INTEGER      NOT NULL DEFAULT 1,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_error      TEXT
);
CREATE INDEX dunning_evaluation_due_ready ON dunning_evaluation_due (next_attempt_at);
