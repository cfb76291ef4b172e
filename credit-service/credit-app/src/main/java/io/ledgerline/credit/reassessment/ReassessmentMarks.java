package io.ledgerline.credit.reassessment;

import io.ledgerline.credit.customer.RiskSignalFollowUp;
import io.ledgerline.credit.profile.CreditProfileCommand.AssessCustomer;
import io.ledgerline.credit.receivables.WriteOffFollowUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Marks an assessed customer due for re-assessment in the transaction that folds a new fact about it: every kind of
 * risk signal (every kind scores: the scorecard weighs a kind it does not list at 100 percent) and every write-off.
 */
@ApplicationScoped
public class ReassessmentMarks implements RiskSignalFollowUp, WriteOffFollowUp {

    private static final Logger LOG = Logger.getLogger(ReassessmentMarks.class);

    @Inject
    ReassessmentsDue due;

    @Inject
    Clock clock;

    @Override
    public void recorded(Connection tx, String customerId, String kind, String severity, LocalDate observedOn) throws SQLException {
        mark(tx, customerId, AssessCustomer.RISK_SIGNAL, signal(kind) + " (" + severity + ") observed on " + observedOn);
    }

    @Override
    public void writtenOff(Connection tx, String customerId, String invoiceId, BigDecimal amount, String currency,
                           LocalDate writtenOffOn) throws SQLException {
        mark(tx, customerId, AssessCustomer.PAYMENT_BEHAVIOUR,
                "a write-off of " + amount.toPlainString() + " " + currency + " on " + writtenOffOn + " (invoice " + invoiceId + ")");
    }

    private void mark(Connection tx, String customerId, String trigger, String cause) throws SQLException {
        if (due.mark(tx, customerId, trigger, cause, LocalDate.now(clock))) {
            LOG.infof("customer %s due for re-assessment after %s", customerId, cause);
        }
    }

    /** A signal kind in words: {@code JUDICIAL_RECORD} is "a judicial record", {@code ENFORCEMENT_LISTING} "an enforcement listing". */
    static String signal(String kind) {
        String words = kind.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
        return ("aeiou".indexOf(words.isEmpty() ? 'x' : words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }
}
