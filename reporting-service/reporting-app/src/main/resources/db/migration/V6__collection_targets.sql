-- Sales teams and collection targets as customer-service publishes them (SalesTeamDefined,
-- CollectionTargetSet on ledgerline.customer.events), folded by reporting.performance.

-- Each team's latest definition; sequence (per team) keeps a late older definition from replacing it.
CREATE TABLE sales_team (
    team_id    VARCHAR(100) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    defined_at TIMESTAMPTZ  NOT NULL,
    sequence   BIGINT       NOT NULL
);

-- Who was in which team when: from the definition that put them in (its event time) to the one
-- that took them out (NULL while they are in it). An owner moving between teams may briefly have two
-- open rows when the teams' events arrive out of order; the latest valid_from is their team.
CREATE TABLE sales_team_membership (
    team_id     VARCHAR(100) NOT NULL,
    sales_owner VARCHAR(100) NOT NULL,
    valid_from  TIMESTAMPTZ  NOT NULL,
    valid_to    TIMESTAMPTZ,
    PRIMARY KEY (team_id, sales_owner, valid_from)
);

CREATE INDEX sales_team_membership_current ON sales_team_membership (sales_owner) WHERE valid_to IS NULL;

-- The current target per period, scope and scope id (target_id = period/scope/scope_id); earlier
-- versions stay in the topic. NUMERIC without a scale keeps the terms as set (150000.00, 0.15, 45).
CREATE TABLE collection_target (
    target_id         VARCHAR(220) PRIMARY KEY,
    period            VARCHAR(7)   NOT NULL,
    scope             VARCHAR(20)  NOT NULL,
    scope_id          VARCHAR(100) NOT NULL,
    currency          CHAR(3)      NOT NULL,
    collect           NUMERIC      NOT NULL,
    max_overdue_ratio NUMERIC,
    max_dso           NUMERIC,
    set_by            VARCHAR(200),
    set_at            TIMESTAMPTZ  NOT NULL,
    sequence          BIGINT       NOT NULL
);

CREATE INDEX collection_target_period ON collection_target (period, scope, currency);
