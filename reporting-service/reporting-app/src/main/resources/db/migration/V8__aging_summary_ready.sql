-- Whether the aging summaries (V7) follow the items: a row here says they do. A rebuild's new version
-- starts without it, folds the items alone (much faster) and sums them up in bulk once it has read the
-- log to the end, before it switches in (AgingProjection.rebuilt). The serving version was summed by V7.
CREATE TABLE aging_summary_ready (
    ready_since TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO aging_summary_ready DEFAULT VALUES;
