-- Every published version of the scorecard and credit policy books, written in the transaction that
-- stores its ScorecardPublished / CreditPolicyPublished event, so reads never wait for Kafka.
CREATE TABLE book_version (
    book         VARCHAR(30)  NOT NULL,
    version      INTEGER      NOT NULL,
    definition   TEXT         NOT NULL,
    published_by VARCHAR(200) NOT NULL,
    published_on DATE         NOT NULL,
    PRIMARY KEY (book, version)
);

-- Each customer's latest assessment with its grade's terms, written with its CustomerAssessed event.
CREATE TABLE credit_profile_view (
    customer_id VARCHAR(100) PRIMARY KEY,
    assessment  TEXT         NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);

-- Projections of ledgerline.customer.events (CustomerFactsProjection): what scoring needs to know of each customer.
CREATE TABLE customer_fact (
    customer_id      VARCHAR(100) PRIMARY KEY,
    founding_date    DATE,
    capital_amount   NUMERIC(24, 4),
    capital_currency CHAR(3),
    ownership_type   VARCHAR(100),
    industry         VARCHAR(100),
    sequence         BIGINT       NOT NULL
);

CREATE TABLE customer_risk_signal (
    signal_id   VARCHAR(100) PRIMARY KEY,
    customer_id VARCHAR(100) NOT NULL,
    kind        VARCHAR(50)  NOT NULL,
    severity    VARCHAR(50)  NOT NULL,
    observed_on DATE         NOT NULL
);
CREATE INDEX customer_risk_signal_by_customer ON customer_risk_signal (customer_id);
