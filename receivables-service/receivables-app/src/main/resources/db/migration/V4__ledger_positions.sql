-- The ledger's positions, kept by an event handler in the same transaction as the events that move
-- them, and rebuilt from the event store when empty. Cash application reads them; so do the balance
-- and match-rate endpoints.

-- Every receivable (invoice, installment, late fee): what it asks for (issued plus debits), what is
-- still open and how much of that is disputed.
CREATE TABLE receivable_item (
    invoice_id      VARCHAR(64)    NOT NULL PRIMARY KEY,
    customer_id     VARCHAR(100)   NOT NULL,
    invoice_number  VARCHAR(100)   NOT NULL,
    item_type       VARCHAR(20)    NOT NULL,
    currency        CHAR(3)        NOT NULL,
    issue_date      DATE           NOT NULL,
    due_date        DATE           NOT NULL,
    amount          NUMERIC(19, 4) NOT NULL,
    open_amount     NUMERIC(19, 4) NOT NULL,
    disputed_amount NUMERIC(19, 4) NOT NULL DEFAULT 0
);
CREATE INDEX receivable_item_open_oldest_first ON receivable_item (customer_id, currency, due_date, issue_date, invoice_number)
    WHERE open_amount > 0;
CREATE INDEX receivable_item_by_number ON receivable_item (customer_id, invoice_number);

-- Open disputes, so a resolution knows how much it releases.
CREATE TABLE open_dispute (
    dispute_id VARCHAR(64)    NOT NULL PRIMARY KEY,
    invoice_id VARCHAR(64)    NOT NULL,
    amount     NUMERIC(19, 4) NOT NULL
);

-- Every payment's cash: amount - applied of a payment not reversed is the customer's credit balance.
CREATE TABLE payment_cash (
    payment_id           VARCHAR(64)    NOT NULL PRIMARY KEY,
    external_id          VARCHAR(200)   NOT NULL,
    customer_id          VARCHAR(100)   NOT NULL,
    currency             CHAR(3)        NOT NULL,
    amount               NUMERIC(19, 4) NOT NULL,
    applied              NUMERIC(19, 4) NOT NULL DEFAULT 0,
    received_date        DATE           NOT NULL,
    reversed_on          DATE,
    remittance_reference VARCHAR(500),
    allocated            BOOLEAN        NOT NULL
);
CREATE INDEX payment_cash_by_customer ON payment_cash (customer_id, currency);
CREATE INDEX payment_cash_by_received_date ON payment_cash (received_date);

-- What each payment applied to each invoice, by method, as applied (unapplications do not lower it):
-- whom a reversal asks for cash back, and what the match rate counts. Replaces payment_application.
CREATE TABLE cash_applied (
    payment_id VARCHAR(64)    NOT NULL,
    invoice_id VARCHAR(64)    NOT NULL,
    method     VARCHAR(30)    NOT NULL,
    amount     NUMERIC(19, 4) NOT NULL,
    PRIMARY KEY (payment_id, invoice_id, method)
);

DROP TABLE payment_application;

-- How cash waiting for an invoice was meant for it: named in an allocation or in the remittance reference.
ALTER TABLE waiting_for_invoice ADD COLUMN method VARCHAR(30);
UPDATE waiting_for_invoice SET method = 'ALLOCATION' WHERE source_kind = 'PAYMENT';
