-- Promises to pay and payment plans (Arrangements aggregate), folded by ArrangementRows in the transaction that stores
-- their events: the tables are the event store's arrangements, nothing more.
CREATE TABLE promise_to_pay (
    promise_id     VARCHAR(100)   PRIMARY KEY,
    customer_id    VARCHAR(100)   NOT NULL,
    case_id        VARCHAR(100)   NOT NULL,
    currency       CHAR(3)        NOT NULL,
    amount         NUMERIC(24, 4) NOT NULL,
    promised_for   DATE           NOT NULL,
    tolerance_days INT            NOT NULL,
    made_on        DATE           NOT NULL,
    made_by        VARCHAR(150)   NOT NULL,
    note           VARCHAR(2000),
    -- PENDING, then KEPT, PARTIALLY_KEPT or BROKEN
    status         VARCHAR(20)    NOT NULL,
    resolved_on    DATE,
    paid           NUMERIC(24, 4),
    resolution     VARCHAR(500)
);
CREATE INDEX promise_to_pay_by_customer ON promise_to_pay (customer_id, status);

CREATE TABLE promise_item (
    promise_id VARCHAR(100) NOT NULL REFERENCES promise_to_pay (promise_id),
    invoice_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (promise_id, invoice_id)
);

CREATE TABLE payment_plan (
    plan_id          VARCHAR(100)   PRIMARY KEY,
    customer_id      VARCHAR(100)   NOT NULL,
    case_id          VARCHAR(100)   NOT NULL,
    currency         CHAR(3)        NOT NULL,
    tolerance_days   INT            NOT NULL,
    agreed_on        DATE           NOT NULL,
    agreed_by        VARCHAR(150)   NOT NULL,
    -- ACTIVE, then COMPLETED or DEFAULTED
    status           VARCHAR(20)    NOT NULL,
    installments_met INT            NOT NULL DEFAULT 0,
    ended_on         DATE,
    paid             NUMERIC(24, 4)
);
CREATE INDEX payment_plan_by_customer ON payment_plan (customer_id, status);

CREATE TABLE payment_plan_item (
    plan_id    VARCHAR(100) NOT NULL REFERENCES payment_plan (plan_id),
    invoice_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (plan_id, invoice_id)
);

CREATE TABLE payment_plan_installment (
    plan_id  VARCHAR(100)   NOT NULL REFERENCES payment_plan (plan_id),
    number   INT            NOT NULL,
    due_date DATE           NOT NULL,
    amount   NUMERIC(24, 4) NOT NULL,
    -- MET on met_on, MISSED on met_on (the plan's default), or null while to come
    status   VARCHAR(20),
    met_on   DATE,
    PRIMARY KEY (plan_id, number)
);
