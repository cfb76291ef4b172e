package io.ledgerline.credit.receivables;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * What follows a write-off {@link ReceivablesFactsProjection} folds for the first time (a redelivered one folds nothing
 * and is not followed up), in the transaction that folds it; kept by the re-assessment feature.
 */
public interface WriteOffFollowUp {

    /** Use {@code tx} and neither commit nor close it; a failure fails the fold, which is retried. */
    void writtenOff(Connection tx, String customerId, String invoiceId, BigDecimal amount, String currency, LocalDate writtenOffOn)
            throws SQLException;
}
