-- The customer attributes aging groups by, latest profile per customer. Joined to open items at
-- query time, so invoices that arrived before their customer move to its group once it arrives.
CREATE TABLE customer_dimension (
    customer_id   VARCHAR(100) PRIMARY KEY,
    legal_name    VARCHAR(300),
    region        VARCHAR(100),
    customer_type VARCHAR(100),
    sales_owner   VARCHAR(100),
    sequence      BIGINT       NOT NULL
);
