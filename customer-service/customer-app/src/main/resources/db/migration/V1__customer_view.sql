-- The service's own read of each customer, written in the same transaction as its events, so
-- GET /api/v1/customers/{id} needs no Kafka. The first registration answer is kept for repeats.
CREATE TABLE customer_view (
    customer_id           VARCHAR(100) PRIMARY KEY,
    registration_hash     CHAR(64)     NOT NULL,
    registration_response TEXT         NOT NULL,
    view                  TEXT         NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL
);
