-- Every ledger fact that moves an invoice's open amount, signed by its effect, with its business
-- date: open amount as of D = invoice amount + sum(amount of its movements effective on or before D).
-- Keyed by invoice id only (no foreign key): a movement may arrive before its invoice and counts
-- as soon as the invoice does.
CREATE TABLE item_movement (
    event_id     VARCHAR(255)  PRIMARY KEY,
    invoice_id   VARCHAR(64)   NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    effective_on DATE          NOT NULL,
    amount       NUMERIC(19,4) NOT NULL,
    currency     CHAR(3)       NOT NULL,
    reference    VARCHAR(64)
);

-- Payment applications are the first kind of movement: they lower the open amount.
INSERT INTO item_movement (event_id, invoice_id, kind, effective_on, amount, currency, reference)
SELECT event_id, invoice_id, 'APPLIED', applied_on, -amount, currency, payment_id
FROM item_settlement;

DROP TABLE item_settlement;

-- Sum of what moved per item up to a date, answered from the index alone.
CREATE INDEX item_movement_as_of ON item_movement (effective_on, invoice_id) INCLUDE (currency, amount);

-- Disputes with their dates: disputed as of D = opened on or before D and not resolved on or before D.
-- A DisputeResolved may be folded before its DisputeOpened, so the opening columns may still be empty.
CREATE TABLE item_dispute (
    dispute_id  VARCHAR(64)   PRIMARY KEY,
    invoice_id  VARCHAR(64)   NOT NULL,
    amount      NUMERIC(19,4),
    currency    CHAR(3),
    opened_on   DATE,
    resolved_on DATE,
    outcome     VARCHAR(16)
);

CREATE INDEX item_dispute_invoice ON item_dispute (invoice_id);
