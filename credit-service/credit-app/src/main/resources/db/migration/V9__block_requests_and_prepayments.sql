-- Projection of ledgerline.receivables.events (ReceivablesFactsProjection, PaymentCash), for prepayments: each payment's
-- cash (its amount, when it was received and, once it bounced, reversed) and every dated application of it to an invoice
-- (PaymentApplied positive, PaymentUnapplied negative). Keyed by payment id and envelope id, so a repeat changes nothing.
CREATE TABLE receivable_payment (
    payment_id  VARCHAR(100)   PRIMARY KEY,
    customer_id VARCHAR(100)   NOT NULL,
    currency    CHAR(3)        NOT NULL,
    amount      NUMERIC(24, 4) NOT NULL,
    -- null until its PaymentReceived is folded (a reversal folded first records the payment with its amount)
    received_on DATE,
    reversed_on DATE
);
CREATE INDEX receivable_payment_by_customer ON receivable_payment (customer_id, currency);

CREATE TABLE payment_application (
    event_id     VARCHAR(100)   PRIMARY KEY,
    payment_id   VARCHAR(100)   NOT NULL,
    customer_id  VARCHAR(100)   NOT NULL,
    effective_on DATE           NOT NULL,
    -- applied to an invoice positive, unapplied from one negative
    amount       NUMERIC(24, 4) NOT NULL
);
CREATE INDEX payment_application_by_payment ON payment_application (payment_id, effective_on);

-- Payments folded before these tables existed were skipped: the projection reads its topic again from the start. Its
-- writes are idempotent (items and payments by id, movements and applications by envelope id), so the rows it already
-- has stay as they are and only the payments are added.
DELETE FROM projection_checkpoint WHERE projection = 'credit.receivables-facts' OR projection LIKE 'credit.receivables-facts@v%';

-- Projection of ledgerline.collections.events (CollectionsRequestsProjection): each trading restriction collections
-- asked for, once per request id, so a redelivered request changes nothing. It holds only what the request said and can
-- be rebuilt; what credit-service did with it is in collections_block_outcome.
CREATE TABLE collections_block_request (
    request_id   VARCHAR(36)  PRIMARY KEY,
    customer_id  VARCHAR(100) NOT NULL,
    case_id      VARCHAR(100),
    requested_on DATE         NOT NULL,
    requested_by VARCHAR(150) NOT NULL,
    step         VARCHAR(100),
    reason       TEXT,
    -- what was overdue per currency, as a JSON array of {"amount","currency"}
    overdue      TEXT         NOT NULL
);
CREATE INDEX collections_block_request_by_customer ON collections_block_request (customer_id, requested_on);

-- What credit-service did with each request (CollectionsBlockWorker), written in the transaction that blocked the
-- customer's credit (BLOCKED) or found it already blocked (ALREADY_BLOCKED). Kept apart from the projection's rows so
-- that rebuilding the projection never blocks a customer twice; a request without a row here is pending.
CREATE TABLE collections_block_outcome (
    request_id   VARCHAR(36)  PRIMARY KEY,
    outcome      VARCHAR(20)  NOT NULL,
    detail       TEXT         NOT NULL,
    block_id     VARCHAR(36),
    processed_on DATE         NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL
);
