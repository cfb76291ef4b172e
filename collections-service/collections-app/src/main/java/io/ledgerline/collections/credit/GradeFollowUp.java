package io.ledgerline.collections.credit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * What follows an assessment {@link CreditGradesProjection} folds for the first time, in the transaction that folds it;
 * kept by the dunning feature (a new grade may change the customer's ladder).
 */
public interface GradeFollowUp {

    /** Use {@code tx} and neither commit nor close it; a failure fails the fold, which is retried. */
    void graded(Connection tx, String customerId, String grade, LocalDate assessedOn) throws SQLException;
}
