-- The published versions of the dunning policy (DunningPolicyBook), one row per version, written in the transaction
-- that stores its DunningPolicyPublished event; a version never changes.
CREATE TABLE dunning_policy_version (
    version      INTEGER      PRIMARY KEY,
    -- the DunningPolicyDefinition as JSON
    definition   TEXT         NOT NULL,
    published_by VARCHAR(150) NOT NULL,
    published_on DATE         NOT NULL
);
