package io.ledgerline.collections.arrangement;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.ladder.Amounts;
import io.ledgerline.collections.ladder.OpenItem.Pause;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the promises and plans {@link ArrangementRows} folded. */
@ApplicationScoped
public class ArrangementReads {

    private static final String PROMISES = "SELECT p.promise_id, p.case_id, p.customer_id, p.currency, p.amount, p.promised_for, "
            + "p.tolerance_days, p.made_on, p.made_by, p.note, p.status, p.resolved_on, p.paid, p.resolution, "
            + "(SELECT array_agg(i.invoice_id ORDER BY i.invoice_id) FROM promise_item i WHERE i.promise_id = p.promise_id) "
            + "FROM promise_to_pay p WHERE ";
    private static final String PLANS = "SELECT p.plan_id, p.case_id, p.customer_id, p.currency, p.tolerance_days, p.agreed_on, "
            + "p.agreed_by, p.status, p.installments_met, p.ended_on, p.paid, "
            + "(SELECT array_agg(i.invoice_id ORDER BY i.invoice_id) FROM payment_plan_item i WHERE i.plan_id = p.plan_id) "
            + "FROM payment_plan p WHERE ";

    @Inject
    AgroalDataSource dataSource;

    /**
     * The customer's items a promise or plan paused on {@code day}, as recorded: a promise from the day after it was made to
     * its date plus tolerance unless judged partially kept or broken by then, a plan from the day after it was agreed
     * until it ended.
     */
    public Map<String, Pause> pausesOn(String customerId, LocalDate day) {
        Map<String, Pause> pauses = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT i.invoice_id, 'PROMISE' FROM promise_to_pay p JOIN promise_item i ON i.promise_id = p.promise_id "
                        + "WHERE p.customer_id = ? AND p.made_on < ? AND ? <= p.promised_for + p.tolerance_days "
                        + "AND (p.status IN ('PENDING', 'KEPT') OR p.resolved_on > ?) "
                        + "UNION ALL SELECT i.invoice_id, 'PLAN' FROM payment_plan p JOIN payment_plan_item i ON i.plan_id = p.plan_id "
                        + "WHERE p.customer_id = ? AND p.agreed_on < ? AND (p.status = 'ACTIVE' OR p.ended_on > ?)")) {
            Date d = Date.valueOf(day);
            s.setString(1, customerId);
            s.setDate(2, d);
            s.setDate(3, d);
            s.setDate(4, d);
            s.setString(5, customerId);
            s.setDate(6, d);
            s.setDate(7, d);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    pauses.put(rs.getString(1), Pause.valueOf(rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the arrangements of customer " + customerId, e);
        }
        return pauses;
    }

    public Optional<PromiseView> promise(String promiseId) {
        return promises(PROMISES + "p.promise_id = ?", promiseId).stream().findFirst();
    }

    /** The customer's promises, latest first. */
    public List<PromiseView> promisesOf(String customerId) {
        return promises(PROMISES + "p.customer_id = ? ORDER BY p.made_on DESC, p.promise_id", customerId);
    }

    public Optional<PlanView> plan(String planId) {
        return plans(PLANS + "p.plan_id = ?", planId).stream().findFirst();
    }

    /** The customer's plans, latest first. */
    public List<PlanView> plansOf(String customerId) {
        return plans(PLANS + "p.customer_id = ? ORDER BY p.agreed_on DESC, p.plan_id", customerId);
    }

    private List<PromiseView> promises(String sql, String key) {
        List<PromiseView> views = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String currency = rs.getString(4);
                    views.add(new PromiseView(rs.getString(1), rs.getString(2), rs.getString(3), ids(rs, 15), money(rs.getBigDecimal(5), currency),
                            date(rs.getDate(6)), rs.getInt(7), date(rs.getDate(8)), rs.getString(9), rs.getString(10), rs.getString(11),
                            date(rs.getDate(12)), money(rs.getBigDecimal(13), currency), rs.getString(14)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read promises to pay", e);
        }
        return views;
    }

    private List<PlanView> plans(String sql, String key) {
        List<PlanView> views = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String currency = rs.getString(4);
                    views.add(new PlanView(rs.getString(1), rs.getString(2), rs.getString(3), ids(rs, 12), currency, rs.getInt(5),
                            date(rs.getDate(6)), rs.getString(7), rs.getString(8), rs.getInt(9), date(rs.getDate(10)),
                            money(rs.getBigDecimal(11), currency), installments(c, rs.getString(1), currency)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read payment plans", e);
        }
        return views;
    }

    private static List<PlanView.InstallmentView> installments(Connection c, String planId, String currency) throws SQLException {
        List<PlanView.InstallmentView> installments = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT number, due_date, amount, status, met_on FROM payment_plan_installment "
                + "WHERE plan_id = ? ORDER BY number")) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    installments.add(new PlanView.InstallmentView(rs.getInt(1), date(rs.getDate(2)), money(rs.getBigDecimal(3), currency),
                            rs.getString(4), date(rs.getDate(5))));
                }
            }
        }
        return installments;
    }

    private static List<String> ids(ResultSet rs, int column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(Amounts.plain(amount), currency);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
