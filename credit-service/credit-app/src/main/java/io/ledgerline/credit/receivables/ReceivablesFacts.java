package io.ledgerline.credit.receivables;

import io.ledgerline.credit.scoring.CreditFacts;
import io.ledgerline.platform.eventing.projection.ProjectionReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's receivables as of a business date, read from {@link ReceivablesFactsProjection}'s tables
 * in one statement (one snapshot): per currency, the figures {@link CustomerReceivables} turns into
 * trading history, payment behaviour, open receivables and prepayments. Open amounts are as of the date (an item's
 * amount plus its movements effective by then); settled dates are as the ledger stands. Prepayments are the unapplied
 * cash as of the date: per payment received by then and not reversed by then, its amount less its applications
 * effective by then, never below zero.
 */
@ApplicationScoped
public class ReceivablesFacts {

    private static final String BY_CURRENCY = """
            WITH p AS (SELECT CAST(? AS VARCHAR) AS customer, CAST(? AS DATE) AS d, CAST(? AS DATE) AS from12,
                              CAST(? AS DATE) AS from24),
            item AS (
                SELECT i.*, p.*,
                       i.amount + COALESCE((SELECT sum(m.amount) FROM receivable_movement m
                                            WHERE m.invoice_id = i.invoice_id AND m.effective_on <= p.d), 0) AS open_then,
                       i.settled_on > p.from12 AND i.settled_on <= p.d AND i.written_off = 0 AND i.paid_amount > 0 AS paid,
                       EXISTS (SELECT 1 FROM receivable_movement w WHERE w.invoice_id = i.invoice_id AND w.kind = 'WRITTEN_OFF'
                                 AND w.effective_on > p.from24 AND w.effective_on <= p.d) AS written_off_recently
                FROM receivable_item i CROSS JOIN p
                WHERE i.customer_id = p.customer AND i.issue_date <= p.d),
            ledger AS (
                SELECT currency,
                       min(issue_date) AS first_issued,
                       count(*) FILTER (WHERE item_type <> 'LATE_FEE' AND issue_date > from12) AS invoices12,
                       COALESCE(sum(amount) FILTER (WHERE item_type <> 'LATE_FEE' AND issue_date > from12), 0) AS volume12,
                       count(*) FILTER (WHERE paid) AS paid12,
                       COALESCE(sum(GREATEST(settled_on - due_date, 0)) FILTER (WHERE paid), 0) AS days_late,
                       count(*) FILTER (WHERE paid AND settled_on <= due_date) AS on_time,
                       count(*) FILTER (WHERE open_then > 0 AND due_date < d) AS overdue,
                       min(due_date) FILTER (WHERE open_then > 0 AND due_date < d) AS oldest_due,
                       count(*) FILTER (WHERE written_off_recently) AS written_off24,
                       sum(open_then) AS open
                FROM item GROUP BY currency),
            cash AS (
                -- a payment received by D: its amount less what it had applied by D (never below zero), nothing once reversed
                SELECT pay.currency,
                       sum(CASE WHEN pay.reversed_on <= p.d THEN 0
                                ELSE GREATEST(pay.amount - COALESCE((SELECT sum(a.amount) FROM payment_application a
                                                                     WHERE a.payment_id = pay.payment_id
                                                                       AND a.effective_on <= p.d), 0), 0) END) AS prepaid
                FROM receivable_payment pay CROSS JOIN p
                WHERE pay.customer_id = p.customer AND pay.received_on <= p.d
                GROUP BY pay.currency)
            SELECT COALESCE(ledger.currency, cash.currency), first_issued, COALESCE(invoices12, 0), COALESCE(volume12, 0),
                   COALESCE(paid12, 0), COALESCE(days_late, 0), COALESCE(on_time, 0), COALESCE(overdue, 0), oldest_due,
                   COALESCE(written_off24, 0), COALESCE(open, 0), COALESCE(prepaid, 0)
            FROM ledger FULL JOIN cash ON cash.currency = ledger.currency""";

    @Inject
    ProjectionReads reads;

    public CustomerReceivables of(String customerId, LocalDate asOf) {
        try (Connection c = reads.connection(); PreparedStatement s = c.prepareStatement(BY_CURRENCY)) {
            s.setString(1, customerId);
            s.setDate(2, Date.valueOf(asOf));
            s.setDate(3, Date.valueOf(asOf.minusMonths(12)));
            s.setDate(4, Date.valueOf(asOf.minusMonths(24)));
            List<CurrencyLedger> currencies = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Date firstIssued = rs.getDate(2);
                    Date oldestDue = rs.getDate(9);
                    currencies.add(new CurrencyLedger(rs.getString(1).strip(), firstIssued == null ? null : firstIssued.toLocalDate(),
                            rs.getInt(3), rs.getBigDecimal(4).stripTrailingZeros(), rs.getInt(5), rs.getLong(6), rs.getInt(7),
                            rs.getInt(8), oldestDue == null ? null : oldestDue.toLocalDate(), rs.getInt(10), rs.getBigDecimal(11),
                            rs.getBigDecimal(12)));
                }
            }
            return new CustomerReceivables(customerId, asOf, currencies);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the receivables of customer " + customerId, e);
        }
    }

    /** The facts with the customer's trading history and payment behaviour as of {@code today} (null, missing, before any item). */
    public CreditFacts addTo(CreditFacts facts, String customerId, String scorecardCurrency, LocalDate today) {
        CustomerReceivables receivables = of(customerId, today);
        return new CreditFacts(facts.foundingDate(), facts.registeredCapital(), facts.ownershipType(), facts.industry(),
                receivables.trading(scorecardCurrency), receivables.payments(), facts.statement(), facts.riskSignals());
    }
}
