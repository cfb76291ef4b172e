-- What kind of receivable an open item is: an ERP invoice, a contract installment or a late fee
-- (InvoiceIssued.itemType; absent in older events, which were all invoices). All of them age alike.
ALTER TABLE open_item ADD COLUMN item_type VARCHAR(32) NOT NULL DEFAULT 'INVOICE';
