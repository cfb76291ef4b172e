-- Every ERP message once: a repeat of the same external id returns the first answer.
CREATE TABLE erp_message (
    kind         VARCHAR(20)  NOT NULL,
    external_id  VARCHAR(200) NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    response     TEXT         NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (kind, external_id)
);

-- Invoice numbers as the ERP names them in payment allocations, per customer.
CREATE TABLE invoice_register (
    customer_id    VARCHAR(100) NOT NULL,
    invoice_number VARCHAR(100) NOT NULL,
    invoice_id     VARCHAR(64)  NOT NULL UNIQUE,
    currency       CHAR(3)      NOT NULL,
    issue_date     DATE         NOT NULL,
    PRIMARY KEY (customer_id, invoice_number)
);

-- Allocations naming an invoice that has not arrived yet: unapplied cash until it does.
CREATE TABLE pending_allocation (
    payment_id     VARCHAR(64)    NOT NULL,
    customer_id    VARCHAR(100)   NOT NULL,
    invoice_number VARCHAR(100)   NOT NULL,
    currency       CHAR(3)        NOT NULL,
    amount         NUMERIC(19, 4) NOT NULL,
    received_date  DATE           NOT NULL,
    PRIMARY KEY (payment_id, invoice_number)
);
CREATE INDEX pending_allocation_by_invoice ON pending_allocation (customer_id, invoice_number);
