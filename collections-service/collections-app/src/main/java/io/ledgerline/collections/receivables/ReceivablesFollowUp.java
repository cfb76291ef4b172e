package io.ledgerline.collections.receivables;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What follows a receivables fact {@link ReceivablesProjection} folds for the first time (a redelivered one folds nothing
 * and is not followed up), in the transaction that folds it; kept by the dunning feature, which evaluates the customer.
 */
public interface ReceivablesFollowUp {

    /** Use {@code tx} and neither commit nor close it; a failure fails the fold, which is retried. */
    void changed(Connection tx, String customerId, String cause) throws SQLException;
}
