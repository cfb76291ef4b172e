-- Which version of each projection serves reads. Version 1 is the tables Flyway created; a rebuild
-- folds the whole log into copies of them in a schema of its own (projection_<name>_v<N>) and then
-- swaps the copies in under the same names, so the serving version always sits in the service's
-- schema where queries and later migrations expect it.
-- Every fold first locks its projection's row FOR SHARE; the switch locks it FOR UPDATE, so it waits
-- for the folds in flight and every later fold of the old version, on any instance, sees that it
-- was replaced and continues on the new one.
CREATE TABLE projection_version (
    projection      VARCHAR(200) PRIMARY KEY,
    serving_version INTEGER      NOT NULL,
    switched_at     TIMESTAMPTZ
);

-- Rebuilds ops asked for. events_done and events_behind move in the same transaction as each batch
-- the rebuild folds, so any instance reports the same progress. state: BUILDING, SWITCHED, DISCARDED.
CREATE TABLE projection_rebuild (
    rebuild_id    UUID          PRIMARY KEY,
    projection    VARCHAR(200)  NOT NULL,
    version       INTEGER       NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    requested_by  VARCHAR(200)  NOT NULL,
    started_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    progressed_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    finished_at   TIMESTAMPTZ,
    events_done   BIGINT        NOT NULL DEFAULT 0,
    events_behind BIGINT,
    detail        VARCHAR(1000)
);

-- At most one rebuild of a projection at a time, whichever instance asked.
CREATE UNIQUE INDEX projection_rebuild_one_building ON projection_rebuild (projection) WHERE state = 'BUILDING';
CREATE INDEX projection_rebuild_latest ON projection_rebuild (projection, started_at DESC);
