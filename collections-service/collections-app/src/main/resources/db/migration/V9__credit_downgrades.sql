-- Projection collections.credit-grades also keeps every CreditGradeDowngraded.v1 (CreditGradesProjection), so that the
-- customer's open collection case gets a review of the downgrade (a GRADE_REVIEW task, which names no invoice).
CREATE TABLE credit_downgrade (
    assessment_id VARCHAR(100) PRIMARY KEY,
    customer_id   VARCHAR(100) NOT NULL,
    assessed_on   DATE         NOT NULL,
    from_grade    VARCHAR(20)  NOT NULL,
    to_grade      VARCHAR(20)  NOT NULL,
    from_score    INT          NOT NULL,
    to_score      INT          NOT NULL,
    trigger       VARCHAR(40)
);
CREATE INDEX credit_downgrade_by_customer ON credit_downgrade (customer_id, assessed_on);

ALTER TABLE collection_task ALTER COLUMN invoice_id DROP NOT NULL;
ALTER TABLE collection_task ALTER COLUMN invoice_number DROP NOT NULL;
