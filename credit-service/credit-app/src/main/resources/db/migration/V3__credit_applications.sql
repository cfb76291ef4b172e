-- Each credit application as GET /api/v1/credit-applications/{id} shows it, written in the transaction
-- that stores its events; position keeps the order of submission for the paged list.
CREATE TABLE credit_application_view (
    application_id VARCHAR(36)  PRIMARY KEY,
    customer_id    VARCHAR(100) NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    position       BIGSERIAL    NOT NULL,
    application    TEXT         NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX credit_application_view_by_status ON credit_application_view (status, position);
CREATE INDEX credit_application_view_by_customer ON credit_application_view (customer_id, position);

-- Each customer's credit limit and terms: the latest CreditLimitAssigned, written with it.
CREATE TABLE credit_limit_view (
    customer_id  VARCHAR(100) PRIMARY KEY,
    credit_limit TEXT         NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);
