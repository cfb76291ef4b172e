-- Projection of ledgerline.receivables.events (ReceivablesFactsProjection): each receivable of a customer and every
-- dated movement of its open amount, for trading history, payment behaviour and exposure. Every row is keyed by its
-- own id (invoice id, envelope id); an invoice's derived columns are recomputed from its movements on every write.
CREATE TABLE receivable_item (
    invoice_id     VARCHAR(100)   PRIMARY KEY,
    customer_id    VARCHAR(100)   NOT NULL,
    item_type      VARCHAR(20)    NOT NULL,
    currency       CHAR(3)        NOT NULL,
    amount         NUMERIC(24, 4) NOT NULL,
    issue_date     DATE           NOT NULL,
    due_date       DATE           NOT NULL,
    -- as the ledger stands: amount + every movement, whatever its business date
    open_amount    NUMERIC(24, 4) NOT NULL,
    -- the business date its open amount last reached zero; null while anything is open
    settled_on     DATE,
    paid_amount    NUMERIC(24, 4) NOT NULL,
    written_off    NUMERIC(24, 4) NOT NULL
);
CREATE INDEX receivable_item_by_customer ON receivable_item (customer_id, issue_date);

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
CREATE INDEX receivable_movement_by_customer ON receivable_movement (customer_id, effective_on);
