package io.ledgerline.collections.dunning;

import io.ledgerline.collections.credit.GradeFollowUp;
import io.ledgerline.collections.receivables.ReceivablesFollowUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Marks a customer for dunning evaluation in the transaction that folds a new fact about it: every receivables fact
 * (items, movements, disputes) and every new credit grade. {@link EvaluationWorker} evaluates it shortly after.
 */
@ApplicationScoped
public class EvaluationMarks implements ReceivablesFollowUp, GradeFollowUp {

    private static final Logger LOG = Logger.getLogger(EvaluationMarks.class);

    @Inject
    EvaluationsDue due;

    @Inject
    Clock clock;

    @Override
    public void changed(Connection tx, String customerId, String cause) throws SQLException {
        mark(tx, customerId, cause);
    }

    @Override
    public void graded(Connection tx, String customerId, String grade, LocalDate assessedOn) throws SQLException {
        mark(tx, customerId, "graded " + grade + " on " + assessedOn);
    }

    private void mark(Connection tx, String customerId, String cause) throws SQLException {
        if (due.mark(tx, customerId, cause, LocalDate.now(clock))) {
            LOG.debugf("customer %s due for dunning evaluation after %s", customerId, cause);
        }
    }
}
