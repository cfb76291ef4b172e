-- Aging summed ahead, so the report over a million open items answers in milliseconds for any date.
-- All three tables belong to the aging projection (rebuilt with it) and are derived from open_item and
-- item_movement: open amount as of D of the items of one group, currency and age date = the sum of
-- their deltas effective on or before D.

-- The customer attributes the summaries are keyed by: aging's own copy of each customer's latest
-- profile, so rebuilding aging needs no other projection. A new profile moves the customer's deltas.
CREATE TABLE aging_customer (
    customer_id   VARCHAR(100) PRIMARY KEY,
    region        VARCHAR(100),
    customer_type VARCHAR(100),
    sales_owner   VARCHAR(100),
    sequence      BIGINT       NOT NULL
);

-- Every change of open amount, summed per grouping (region, customerType, salesOwner, currency), its
-- value, currency, basis (D: age counted from the due date, I: from the issue date), that date, and the
-- business date it takes effect on (an invoice on its issue date, a movement on its own date but never
-- before its invoice's issue date).
CREATE TABLE aging_delta (
    grouping     VARCHAR(16)   NOT NULL,
    key          VARCHAR(100)  NOT NULL,
    currency     CHAR(3)       NOT NULL,
    basis        CHAR(1)       NOT NULL,
    age_from     DATE          NOT NULL,
    effective_on DATE          NOT NULL,
    amount       NUMERIC(19,4) NOT NULL,
    PRIMARY KEY (grouping, basis, effective_on, key, currency, age_from)
);

-- The deltas summed up to a month end, built on first use and forgotten (its state row deleted) as
-- soon as a delta effective on or before that month end arrives. A report as of D reads the latest
-- month end before D plus the deltas after it: at most a month of them.
CREATE TABLE aging_snapshot (
    month_end DATE          NOT NULL,
    grouping  VARCHAR(16)   NOT NULL,
    basis     CHAR(1)       NOT NULL,
    key       VARCHAR(100)  NOT NULL,
    currency  CHAR(3)       NOT NULL,
    age_from  DATE          NOT NULL,
    amount    NUMERIC(19,4) NOT NULL,
    PRIMARY KEY (month_end, grouping, basis, key, currency, age_from)
);

CREATE TABLE aging_snapshot_state (
    month_end DATE        NOT NULL,
    grouping  VARCHAR(16) NOT NULL,
    basis     CHAR(1)     NOT NULL,
    built_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (month_end, grouping, basis)
);

-- A customer's items (its profile moved) and an item's movements (it arrived after them, or is disputed).
CREATE INDEX open_item_customer ON open_item (customer_id);
CREATE INDEX item_movement_invoice ON item_movement (invoice_id);

-- What was folded before this migration, summed the way the projection sums from now on.
INSERT INTO aging_customer (customer_id, region, customer_type, sales_owner, sequence)
SELECT customer_id, region, customer_type, sales_owner, sequence FROM customer_dimension;

INSERT INTO aging_delta (grouping, key, currency, basis, age_from, effective_on, amount)
SELECT g.grouping, g.key, x.currency, b.basis, CASE b.basis WHEN 'D' THEN x.due_date ELSE x.issue_date END,
       x.effective_on, sum(x.amount)
FROM (SELECT i.customer_id, i.currency, i.issue_date, i.due_date, i.issue_date AS effective_on, i.amount
      FROM open_item i
      UNION ALL
      SELECT i.customer_id, i.currency, i.issue_date, i.due_date, GREATEST(m.effective_on, i.issue_date), m.amount
      FROM item_movement m JOIN open_item i ON i.invoice_id = m.invoice_id AND i.currency = m.currency) x
LEFT JOIN aging_customer c ON c.customer_id = x.customer_id
CROSS JOIN LATERAL (VALUES
    ('region',       CASE WHEN c.customer_id IS NULL THEN '(unknown)' ELSE COALESCE(NULLIF(c.region, ''), '(none)') END),
    ('customerType', CASE WHEN c.customer_id IS NULL THEN '(unknown)' ELSE COALESCE(NULLIF(c.customer_type, ''), '(none)') END),
    ('salesOwner',   CASE WHEN c.customer_id IS NULL THEN '(unknown)' ELSE COALESCE(NULLIF(c.sales_owner, ''), '(none)') END),
    ('currency',     x.currency)) g(grouping, key)
CROSS JOIN (VALUES ('D'), ('I')) b(basis)
GROUP BY 1, 2, 3, 4, 5, 6;
