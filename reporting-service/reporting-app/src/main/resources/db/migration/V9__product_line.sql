-- The product line the ERP sold an item under (InvoiceIssued.productLine; absent in older events and for
-- installments and late fees, which stay NULL and group as '(none)'). Aging, roll rates and metrics group by it
-- item by item; the summaries (V7) do not keep it.
ALTER TABLE open_item ADD COLUMN product_line VARCHAR(100);
