-- Payments' allocations and credit memos that name an invoice not received yet wait in one place:
-- both are money for an invoice, applied when it arrives, as of the later of the two dates.
CREATE TABLE waiting_for_invoice (
    source_kind    VARCHAR(20)    NOT NULL,
    source_id      VARCHAR(64)    NOT NULL,
    customer_id    VARCHAR(100)   NOT NULL,
    invoice_number VARCHAR(100)   NOT NULL,
    currency       CHAR(3)        NOT NULL,
    amount         NUMERIC(19, 4) NOT NULL,
    dated          DATE           NOT NULL,
    PRIMARY KEY (source_kind, source_id, invoice_number)
);
CREATE INDEX waiting_for_invoice_by_invoice ON waiting_for_invoice (customer_id, invoice_number);

INSERT INTO waiting_for_invoice (source_kind, source_id, customer_id, invoice_number, currency, amount, dated)
SELECT 'PAYMENT', payment_id, customer_id, invoice_number, currency, amount, received_date FROM pending_allocation;
INSERT INTO waiting_for_invoice (source_kind, source_id, customer_id, invoice_number, currency, amount, dated)
SELECT 'CREDIT_MEMO', credit_memo_id, customer_id, invoice_number, currency, amount, issue_date FROM pending_credit;

DROP TABLE pending_allocation;
DROP TABLE pending_credit;
