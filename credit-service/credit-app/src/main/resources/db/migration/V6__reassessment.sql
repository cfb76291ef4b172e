-- Customers due for re-assessment (the reassessment feature): marked by the customer and receivables projections in
-- the transaction that folds a new risk signal or write-off, and by the daily sweep (an item overdue past the
-- threshold since the last assessment, an assessment grown old); only customers with a credit_profile_view row.
-- The worker re-assesses each in its own transaction and deletes the row only if no mark arrived meanwhile (revision).
CREATE TABLE reassessment_due (
    customer_id     VARCHAR(100) PRIMARY KEY,
    trigger         VARCHAR(30)  NOT NULL,
    cause           TEXT         NOT NULL,
    since           DATE         NOT NULL,
    revision        INTEGER      NOT NULL DEFAULT 1,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_error      TEXT
);
CREATE INDEX reassessment_due_ready ON reassessment_due (next_attempt_at);
