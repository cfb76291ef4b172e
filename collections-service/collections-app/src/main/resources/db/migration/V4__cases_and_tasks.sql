-- Collection cases and their tasks (Casework's events), written in the transaction that stores the events, so they are
-- a fold of the event store: at most one OPEN case per customer.
CREATE TABLE collection_case (
    case_id      VARCHAR(40)  PRIMARY KEY,
    customer_id  VARCHAR(100) NOT NULL,
    case_number  INTEGER      NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    owner        VARCHAR(150) NOT NULL,
    level        VARCHAR(10)  NOT NULL,
    opened_on    DATE         NOT NULL,
    closed_on    DATE,
    close_reason TEXT,
    UNIQUE (customer_id, case_number)
);
CREATE UNIQUE INDEX collection_case_one_open ON collection_case (customer_id) WHERE status = 'OPEN';
CREATE INDEX collection_case_by_owner ON collection_case (status, owner);

CREATE TABLE collection_task (
    task_id        VARCHAR(40)  PRIMARY KEY,
    customer_id    VARCHAR(100) NOT NULL,
    -- null for a reminder created before the customer had an open case, until a case opens and takes it
    case_id        VARCHAR(40),
    kind           VARCHAR(20)  NOT NULL,
    owner          VARCHAR(150) NOT NULL,
    due_date       DATE         NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    outcome        TEXT,
    invoice_id     VARCHAR(100) NOT NULL,
    invoice_number VARCHAR(100) NOT NULL,
    step_id        VARCHAR(60)  NOT NULL,
    created_on     DATE         NOT NULL,
    completed_on   DATE,
    completed_by   VARCHAR(150)
);
CREATE INDEX collection_task_by_customer ON collection_task (customer_id, status);
CREATE INDEX collection_task_by_case ON collection_task (case_id);

-- Every opening, reassignment (automatic or manual, of the case or one of its tasks), completion and closing, in order.
CREATE TABLE case_history (
    entry_id    BIGSERIAL    PRIMARY KEY,
    customer_id VARCHAR(100) NOT NULL,
    case_id     VARCHAR(40),
    task_id     VARCHAR(40),
    event       VARCHAR(30)  NOT NULL,
    happened_on DATE         NOT NULL,
    actor       VARCHAR(150) NOT NULL,
    from_owner  VARCHAR(150),
    to_owner    VARCHAR(150),
    level       VARCHAR(10),
    detail      TEXT
);
CREATE INDEX case_history_by_customer ON case_history (customer_id, entry_id);

CREATE TABLE case_activity (
    activity_id VARCHAR(40)  PRIMARY KEY,
    case_id     VARCHAR(40)  NOT NULL,
    customer_id VARCHAR(100) NOT NULL,
    type        VARCHAR(10)  NOT NULL,
    occurred_on DATE         NOT NULL,
    summary     TEXT         NOT NULL,
    outcome     TEXT,
    logged_by   VARCHAR(150) NOT NULL,
    logged_on   DATE         NOT NULL
);
CREATE INDEX case_activity_by_case ON case_activity (case_id, occurred_on);
