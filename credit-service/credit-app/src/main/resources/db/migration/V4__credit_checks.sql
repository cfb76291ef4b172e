-- Each order credit check as GET /api/v1/credit-checks/{orderId} shows it, written in the transaction that stores its
-- events. An APPROVED row (approved at once or released from a hold) reserves its amount against the customer's
-- limit until it is CANCELLED; exposure sums those rows per currency.
CREATE TABLE credit_check_view (
    order_id     VARCHAR(100)   PRIMARY KEY,
    customer_id  VARCHAR(100)   NOT NULL,
    status       VARCHAR(10)    NOT NULL,
    currency     CHAR(3)        NOT NULL,
    amount       NUMERIC(24, 4) NOT NULL,
    credit_check TEXT           NOT NULL,
    updated_at   TIMESTAMPTZ    NOT NULL
);
CREATE INDEX credit_check_view_by_customer ON credit_check_view (customer_id, status);
