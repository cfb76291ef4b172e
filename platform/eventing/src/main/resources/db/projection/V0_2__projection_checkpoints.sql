-- Where each projection stands on each topic partition; written in the same transaction as the
-- projection's rows, so a crash can neither lose an event nor count it twice.
CREATE TABLE projection_checkpoint (
    projection  VARCHAR(200) NOT NULL,
    topic       VARCHAR(249) NOT NULL,
    partition   INTEGER      NOT NULL,
    next_offset BIGINT       NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (projection, topic, partition)
);

-- Envelope ids already folded: the relay delivers at least once, so a repeat must change nothing.
CREATE TABLE projection_processed_event (
    projection VARCHAR(200) NOT NULL,
    event_id   VARCHAR(255) NOT NULL,
    PRIMARY KEY (projection, event_id)
);
