-- When the ledger recorded each fact (the envelope's time), next to the business date it takes
-- effect on, so the report can answer "as known on" an instant: what it said before later
-- back-dated corrections arrived. open_item.recorded_at already holds it for invoices.
-- Rows folded before this migration carry no recorded time (NULL): they count as known since
-- forever, which is what the report said about them until now. A rebuild of the projection from
-- its topic fills them exactly.
ALTER TABLE item_movement ADD COLUMN recorded_at TIMESTAMPTZ;

-- A dispute is opened and resolved by two facts, each recorded at its own time.
ALTER TABLE item_dispute ADD COLUMN opened_recorded_at TIMESTAMPTZ;
ALTER TABLE item_dispute ADD COLUMN resolved_recorded_at TIMESTAMPTZ;

-- Sum of what moved per item up to a date, as known on an instant, still from the index alone.
CREATE INDEX item_movement_as_of_known ON item_movement (effective_on, invoice_id) INCLUDE (currency, amount, recorded_at);
DROP INDEX item_movement_as_of;
