package io.ledgerline.collections.arrangement;

import static io.ledgerline.collections.sql.Sql.update;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.collections.api.v1.CollectionsEvent;
import io.ledgerline.collections.api.v1.PaymentPlanAgreed;
import io.ledgerline.collections.api.v1.PaymentPlanCompleted;
import io.ledgerline.collections.api.v1.PaymentPlanDefaulted;
import io.ledgerline.collections.api.v1.PaymentPlanInstallmentMet;
import io.ledgerline.collections.api.v1.PromiseToPayMade;
import io.ledgerline.collections.api.v1.PromiseToPayResolved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Folds {@link Arrangements}' events into {@code promise_to_pay}, {@code payment_plan} and their items and installments,
 * in the transaction that stores them.
 */
@ApplicationScoped
public class ArrangementRows {

    @Inject
    AgroalDataSource dataSource;

    void fold(CollectionsEvent event) {
        try (Connection c = dataSource.getConnection()) {
            if (event instanceof PromiseToPayMade e) {
                update(c, "INSERT INTO promise_to_pay (promise_id, customer_id, case_id, currency, amount, promised_for, tolerance_days, "
                                + "made_on, made_by, note, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.promiseId(), e.customerId(),
                        e.caseId(), e.amount().currency(), e.amount().amount(), e.promisedFor(), e.toleranceDays(), e.madeOn(), e.madeBy(),
                        e.note(), ArrangementBook.PENDING);
                for (String invoiceId : e.invoiceIds()) {
                    update(c, "INSERT INTO promise_item (promise_id, invoice_id) VALUES (?, ?)", e.promiseId(), invoiceId);
                }
            } else if (event instanceof PromiseToPayResolved e) {
                update(c, "UPDATE promise_to_pay SET status = ?, resolved_on = ?, paid = ?, resolution = ? WHERE promise_id = ?",
                        e.outcome(), e.resolvedOn(), e.paid().amount(), e.reason(), e.promiseId());
            } else if (event instanceof PaymentPlanAgreed e) {
                update(c, "INSERT INTO payment_plan (plan_id, customer_id, case_id, currency, tolerance_days, agreed_on, agreed_by, status) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", e.planId(), e.customerId(), e.caseId(), e.currency(), e.toleranceDays(),
                        e.agreedOn(), e.agreedBy(), ArrangementBook.ACTIVE);
                for (String invoiceId : e.invoiceIds()) {
                    update(c, "INSERT INTO payment_plan_item (plan_id, invoice_id) VALUES (?, ?)", e.planId(), invoiceId);
                }
                for (PaymentPlanAgreed.Installment i : e.installments()) {
                    update(c, "INSERT INTO payment_plan_installment (plan_id, number, due_date, amount) VALUES (?, ?, ?, ?)",
                            e.planId(), i.number(), i.dueDate(), i.amount().amount());
                }
            } else if (event instanceof PaymentPlanInstallmentMet e) {
                update(c, "UPDATE payment_plan SET installments_met = ?, paid = ? WHERE plan_id = ?", e.number(), e.paid().amount(), e.planId());
                update(c, "UPDATE payment_plan_installment SET status = 'MET', met_on = ? WHERE plan_id = ? AND number = ?", e.metOn(),
                        e.planId(), e.number());
            } else if (event instanceof PaymentPlanDefaulted e) {
                update(c, "UPDATE payment_plan SET status = ?, ended_on = ?, paid = ? WHERE plan_id = ?", ArrangementBook.DEFAULTED,
                        e.defaultedOn(), e.paid().amount(), e.planId());
                update(c, "UPDATE payment_plan_installment SET status = 'MISSED', met_on = ? WHERE plan_id = ? AND number = ?",
                        e.defaultedOn(), e.planId(), e.number());
            } else if (event instanceof PaymentPlanCompleted e) {
                update(c, "UPDATE payment_plan SET status = ?, ended_on = ?, paid = ? WHERE plan_id = ?", ArrangementBook.COMPLETED,
                        e.completedOn(), e.paid().amount(), e.planId());
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot record " + event.getClass().getSimpleName() + " of customer " + event.customerId(), ex);
        }
    }

    /**
     * Whether a review of the customer's arrangements as of {@code asOf} may record or pause anything: a pending promise,
     * a kept one still within its date plus tolerance, or an active plan. Saves loading the aggregate of every customer.
     */
    boolean reviewable(String customerId, LocalDate asOf) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM promise_to_pay WHERE customer_id = ? AND (status = 'PENDING' OR (status = 'KEPT' AND promised_for + "
                        + "tolerance_days >= ?)) UNION ALL SELECT 1 FROM payment_plan WHERE customer_id = ? AND status = 'ACTIVE' LIMIT 1")) {
            s.setString(1, customerId);
            s.setDate(2, Date.valueOf(asOf));
            s.setString(3, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the arrangements of customer " + customerId, e);
        }
    }
}
