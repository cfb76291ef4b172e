-- collections-service's payment attribution (PaymentAttributed on ledgerline.collections.events), folded by
-- reporting.attribution and rebuilt with it: each payment once, keyed by its id, with the touches it followed.
-- Nothing is summed on arrival: the report sums the payments of the currency and period asked.
CREATE TABLE attributed_payment (
    payment_id    VARCHAR(100)   PRIMARY KEY,
    customer_id   VARCHAR(100)   NOT NULL,
    invoice_id    VARCHAR(100)   NOT NULL,
    -- what the payment took off the item, positive
    amount        NUMERIC(24, 4) NOT NULL,
    currency      CHAR(3)        NOT NULL,
    paid_on       DATE           NOT NULL,
    attributed_on DATE           NOT NULL,
    window_days   INTEGER        NOT NULL,
    -- the kind of the latest touch; NULL when the payment followed none
    last_touch    VARCHAR(20),
    recorded_at   TIMESTAMPTZ    NOT NULL
);
CREATE INDEX attributed_payment_by_currency ON attributed_payment (currency, paid_on);

-- The touches of each payment, oldest first (position), with the days from each to the payment.
CREATE TABLE attributed_touch (
    payment_id  VARCHAR(100) NOT NULL,
    position    INTEGER      NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    touch_id    VARCHAR(100) NOT NULL,
    occurred_on DATE         NOT NULL,
    days_before INTEGER      NOT NULL,
    PRIMARY KEY (payment_id, position)
);
