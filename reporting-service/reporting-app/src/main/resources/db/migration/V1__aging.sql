-- Aging read model: invoices as issued and every settlement with its date, never a running
-- balance, so the report can be asked for any as-of date, past or present.
CREATE TABLE open_item (
    invoice_id     VARCHAR(64)   PRIMARY KEY,
    customer_id    VARCHAR(100)  NOT NULL,
    invoice_number VARCHAR(100)  NOT NULL,
    currency       CHAR(3)       NOT NULL,
    amount         NUMERIC(19,4) NOT NULL,
    issue_date     DATE          NOT NULL,
    due_date       DATE          NOT NULL,
    recorded_at    TIMESTAMPTZ   NOT NULL
);

-- The as-of query reads items issued on or before a date.
CREATE INDEX open_item_issue_date ON open_item (issue_date);

-- One row per PaymentApplied event; the event id makes a redelivery a no-op.
CREATE TABLE item_settlement (
    event_id   VARCHAR(255)  PRIMARY KEY,
    invoice_id VARCHAR(64)   NOT NULL,
    payment_id VARCHAR(64)   NOT NULL,
    applied_on DATE          NOT NULL,
    amount     NUMERIC(19,4) NOT NULL,
    currency   CHAR(3)       NOT NULL
);

-- Sum of what was settled per item up to a date, answered from the index alone.
CREATE INDEX item_settlement_as_of ON item_settlement (applied_on, invoice_id) INCLUDE (currency, amount);
