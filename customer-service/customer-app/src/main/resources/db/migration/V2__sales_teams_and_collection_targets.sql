-- The service's own read of sales teams and collection targets, written in the same transaction as
-- their events, so GETs need no Kafka.
CREATE TABLE sales_team_view (
    team_id    VARCHAR(100) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL
);

-- A sales owner is in at most one team at a time: the key refuses a second team even to two
-- concurrent definitions that each checked first.
CREATE TABLE sales_team_member (
    sales_owner VARCHAR(100) PRIMARY KEY,
    team_id     VARCHAR(100) NOT NULL REFERENCES sales_team_view (team_id)
);

CREATE INDEX sales_team_member_team ON sales_team_member (team_id);

-- Every version of every target, as set; the highest version of a target is the current one.
-- NUMERIC without a scale keeps the amounts as they were set (150000.00, 0.15, 45).
CREATE TABLE collection_target_version (
    target_id         VARCHAR(220) NOT NULL,
    version           INTEGER      NOT NULL,
    period            VARCHAR(7)   NOT NULL,
    scope             VARCHAR(20)  NOT NULL,
    scope_id          VARCHAR(100) NOT NULL,
    currency          CHAR(3)      NOT NULL,
    collect           NUMERIC      NOT NULL CHECK (collect > 0),
    max_overdue_ratio NUMERIC      CHECK (max_overdue_ratio BETWEEN 0 AND 1),
    max_dso           NUMERIC      CHECK (max_dso >= 0),
    set_by            VARCHAR(200) NOT NULL,
    set_at            TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (target_id, version)
);

CREATE INDEX collection_target_version_period ON collection_target_version (period);
