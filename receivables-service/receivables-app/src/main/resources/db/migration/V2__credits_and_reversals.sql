-- Credit memos naming an invoice that has not arrived yet: applied when it does, as of the later date.
CREATE TABLE pending_credit (
    credit_memo_id VARCHAR(64)    NOT NULL PRIMARY KEY,
    customer_id    VARCHAR(100)   NOT NULL,
    invoice_number VARCHAR(100)   NOT NULL,
    currency       CHAR(3)        NOT NULL,
    amount         NUMERIC(19, 4) NOT NULL,
    issue_date     DATE           NOT NULL
);
CREATE INDEX pending_credit_by_invoice ON pending_credit (customer_id, invoice_number);

-- Which invoices each payment was applied to, so a reversal knows whom to ask for its cash back.
CREATE TABLE payment_application (
    payment_id VARCHAR(64) NOT NULL,
    invoice_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (payment_id, invoice_id)
);
