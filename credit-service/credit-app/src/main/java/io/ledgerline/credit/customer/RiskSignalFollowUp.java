package io.ledgerline.credit.customer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * What follows a risk signal {@link CustomerFactsProjection} folds for the first time (a repeat of the same signal id
 * folds nothing and is not followed up), in the transaction that folds it; kept by the re-assessment feature.
 */
public interface RiskSignalFollowUp {

    /** Use {@code tx} and neither commit nor close it; a failure fails the fold, which is retried. */
    void recorded(Connection tx, String customerId, String kind, String severity, LocalDate observedOn) throws SQLException;
}
