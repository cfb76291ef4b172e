-- Signed contracts and their resolved schedules: which installment is due to be invoiced when, and
-- which invoice each became. The Contract aggregate is the truth; these rows drive the schedule run.
CREATE TABLE contract (
    contract_id          VARCHAR(64)    NOT NULL PRIMARY KEY,
    external_id          VARCHAR(200)   NOT NULL,
    contract_number      VARCHAR(100)   NOT NULL,
    customer_id          VARCHAR(100)   NOT NULL,
    signed_on            DATE           NOT NULL,
    currency             CHAR(3)        NOT NULL,
    amount               NUMERIC(19, 4) NOT NULL,
    net_days             INT            NOT NULL,
    prepayment_share     NUMERIC        NOT NULL,
    late_fee_rate        NUMERIC,
    late_fee_grace_days  INT,
    late_fee_cap_percent NUMERIC,
    UNIQUE (customer_id, contract_number)
);

CREATE TABLE contract_installment (
    contract_id    VARCHAR(64)    NOT NULL REFERENCES contract (contract_id),
    sequence       INT            NOT NULL,
    invoice_on     DATE           NOT NULL,
    due_date       DATE           NOT NULL,
    amount         NUMERIC(19, 4) NOT NULL,
    prepayment     BOOLEAN        NOT NULL,
    invoice_id     VARCHAR(64),
    invoice_number VARCHAR(100),
    PRIMARY KEY (contract_id, sequence)
);
CREATE INDEX contract_installment_to_invoice ON contract_installment (invoice_on) WHERE invoice_id IS NULL;

-- Invoices with a late-fee clause, and the first day a fee can accrue on each (due date + grace + 1).
CREATE TABLE late_fee_invoice (
    invoice_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    invoice_number VARCHAR(100) NOT NULL,
    customer_id    VARCHAR(100) NOT NULL,
    accrues_from   DATE         NOT NULL
);
CREATE INDEX late_fee_invoice_by_date ON late_fee_invoice (accrues_from);
