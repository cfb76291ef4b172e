-- Each customer's current credit block as GET /api/v1/customers/{id}/credit-block shows it, written in the transaction
-- that stores CustomerCreditBlocked and deleted in the one that stores CustomerCreditUnblocked. An order credit check of
-- a customer with a row here is held (blocked, released by a credit manager).
CREATE TABLE credit_block_view (
    customer_id VARCHAR(100) PRIMARY KEY,
    block_id    VARCHAR(36),
    reason      TEXT         NOT NULL,
    blocked_by  VARCHAR(200) NOT NULL,
    blocked_on  DATE         NOT NULL,
    source      VARCHAR(20)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
