-- Payment attribution (package attribution): each payment applied (a receivables movement of kind APPLIED, keyed by its
-- envelope id) with the touches of the customer in its window, written in the transaction that stores its
-- PaymentAttributed event, so a payment is attributed once. A later unapplication leaves its row as it is.
CREATE TABLE payment_attribution (
    payment_id     VARCHAR(100)   PRIMARY KEY,
    customer_id    VARCHAR(100)   NOT NULL,
    invoice_id     VARCHAR(100)   NOT NULL,
    invoice_number VARCHAR(100)   NOT NULL,
    -- what the payment took off the item, positive
    amount         NUMERIC(24, 4) NOT NULL,
    currency       CHAR(3)        NOT NULL,
    paid_on        DATE           NOT NULL,
    attributed_on  DATE           NOT NULL,
    window_days    INTEGER        NOT NULL,
    -- the kind of the latest touch; null when the payment followed none
    last_touch     VARCHAR(20)
);
CREATE INDEX payment_attribution_by_customer ON payment_attribution (customer_id, paid_on);

CREATE TABLE payment_attribution_touch (
    payment_id  VARCHAR(100) NOT NULL REFERENCES payment_attribution (payment_id),
    -- oldest first
    position    INTEGER      NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    touch_id    VARCHAR(100) NOT NULL,
    occurred_on DATE         NOT NULL,
    days_before INTEGER      NOT NULL,
    touched_by  VARCHAR(150),
    detail      TEXT,
    PRIMARY KEY (payment_id, position)
);

-- What every dunning evaluation asks first: the customer's payments not attributed yet (kept by a projection rebuild,
-- which copies the indexes), and the customer's logged activities in a window.
CREATE INDEX receivable_movement_applied_by_customer ON receivable_movement (customer_id, effective_on) WHERE kind = 'APPLIED';
CREATE INDEX case_activity_by_customer ON case_activity (customer_id, occurred_on);
