-- Reminder emails (package reminder): one row per item and email step (COURTESY_EMAIL, OVERDUE_EMAIL), written in the
-- transaction that stores the step's DunningStepReached, so an intent is never lost nor made twice; the sender sends the
-- PENDING ones, each in its own transaction with its ReminderEmailSent or ReminderNotSent event, and retries a failure
-- after a delay doubled per attempt. message_id is chosen with the intent, so a retry carries the same Message-ID.
CREATE TABLE reminder_email (
    reminder_id     VARCHAR(36)    PRIMARY KEY,
    customer_id     VARCHAR(100)   NOT NULL,
    invoice_id      VARCHAR(100)   NOT NULL,
    invoice_number  VARCHAR(100)   NOT NULL,
    step_id         VARCHAR(60)    NOT NULL,
    action          VARCHAR(30)    NOT NULL,
    due_date        DATE           NOT NULL,
    reached_on      DATE           NOT NULL,
    amount          NUMERIC(24, 4) NOT NULL,
    currency        CHAR(3)        NOT NULL,
    message_id      VARCHAR(200)   NOT NULL,
    status          VARCHAR(10)    NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'NOT_SENT')),
    recipient       VARCHAR(300),
    language        VARCHAR(5),
    subject         TEXT,
    decided_on      DATE,
    reason          VARCHAR(60),
    attempts        INTEGER        NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ    NOT NULL DEFAULT now(),
    last_error      TEXT,
    UNIQUE (invoice_id, step_id)
);
CREATE INDEX reminder_email_pending ON reminder_email (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX reminder_email_by_customer ON reminder_email (customer_id, reached_on);
