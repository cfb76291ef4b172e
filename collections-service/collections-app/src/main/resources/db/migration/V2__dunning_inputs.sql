-- Projection collections.receivables of ledgerline.receivables.events (ReceivablesProjection): each receivable of a
-- customer, every dated movement of its open amount and every dispute, for the ladder's open items as of any date.
-- Keyed by their own ids (invoice id, envelope id, dispute id), so a repeated event changes nothing.
CREATE TABLE receivable_item (
    invoice_id     VARCHAR(100)   PRIMARY KEY,
    customer_id    VARCHAR(100)   NOT NULL,
    invoice_number VARCHAR(100)   NOT NULL,
    item_type      VARCHAR(20)    NOT NULL,
    currency       CHAR(3)        NOT NULL,
    amount         NUMERIC(24, 4) NOT NULL,
    issue_date     DATE           NOT NULL,
    due_date       DATE           NOT NULL,
    -- as the ledger stands: amount + every movement, whatever its business date
    open_amount    NUMERIC(24, 4) NOT NULL,
    -- the business date its open amount last reached zero; null while anything is open
    settled_on     DATE
);
CREATE INDEX receivable_item_by_customer ON receivable_item (customer_id, issue_date);
CREATE INDEX receivable_item_unsettled ON receivable_item (settled_on, issue_date);

CREATE TABLE receivable_movement (
    event_id     VARCHAR(100)   PRIMARY KEY,
    invoice_id   VARCHAR(100)   NOT NULL,
    customer_id  VARCHAR(100)   NOT NULL,
    kind         VARCHAR(20)    NOT NULL,
    effective_on DATE           NOT NULL,
    -- signed by its effect on the open amount: payments, credits and write-offs negative
    amount       NUMERIC(24, 4) NOT NULL,
    currency     CHAR(3)        NOT NULL
);
CREATE INDEX receivable_movement_by_invoice ON receivable_movement (invoice_id);

CREATE TABLE receivable_dispute (
    dispute_id  VARCHAR(100)   PRIMARY KEY,
    invoice_id  VARCHAR(100)   NOT NULL,
    customer_id VARCHAR(100)   NOT NULL,
    -- null until its DisputeOpened is folded
    amount      NUMERIC(24, 4),
    currency    CHAR(3),
    opened_on   DATE,
    resolved_on DATE
);
CREATE INDEX receivable_dispute_by_invoice ON receivable_dispute (invoice_id);

-- Projection collections.credit-grades of ledgerline.credit.events (CreditGradesProjection): every assessment's grade,
-- so the grade on any date is the latest assessed before it.
CREATE TABLE customer_grade (
    assessment_id VARCHAR(100) PRIMARY KEY,
    customer_id   VARCHAR(100) NOT NULL,
    assessed_on   DATE         NOT NULL,
    grade         VARCHAR(20)  NOT NULL,
    -- the envelope's sequence within the customer's credit profile: orders assessments of one day
    sequence      BIGINT       NOT NULL
);
CREATE INDEX customer_grade_by_customer ON customer_grade (customer_id, assessed_on, sequence);

-- Projection collections.customer-dimensions of ledgerline.customer.events (CustomerDimensionsProjection): who sells to
-- the customer and whom to write to about money; an older event never replaces a newer one (by envelope sequence).
CREATE TABLE customer_dimension (
    customer_id       VARCHAR(100) PRIMARY KEY,
    legal_name        VARCHAR(300),
    sales_owner       VARCHAR(150),
    profile_sequence  BIGINT,
    finance_name      VARCHAR(300),
    finance_email     VARCHAR(300),
    finance_language  VARCHAR(20),
    contacts_sequence BIGINT
);
