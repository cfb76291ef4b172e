package io.ledgerline.collections.dunning;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.ladder.Amounts;
import io.ledgerline.collections.ladder.TakenStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The steps every item reached ({@code dunning_step}), written in the transaction that stores their events. */
@ApplicationScoped
public class DunningSteps {

    @Inject
    AgroalDataSource dataSource;

    void insert(DunningStepReached e) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO dunning_step (invoice_id, step_id, customer_id, invoice_number, action, day_offset, owner, due_date,
                                          business_date, late, amount, currency, policy_version, grade)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            s.setString(1, e.invoiceId());
            s.setString(2, e.stepId());
            s.setString(3, e.customerId());
            s.setString(4, e.invoiceNumber());
            s.setString(5, e.action());
            s.setInt(6, e.dayOffset());
            s.setString(7, e.owner());
            s.setDate(8, Date.valueOf(e.dueDate()));
            s.setDate(9, Date.valueOf(e.businessDate()));
            s.setBoolean(10, e.late());
            s.setBigDecimal(11, e.amountDunned().amount());
            s.setString(12, e.amountDunned().currency());
            s.setInt(13, e.policyVersion());
            if (e.grade() == null) {
                s.setNull(14, Types.VARCHAR);
            } else {
                s.setString(14, e.grade());
            }
            s.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot record step " + e.stepId() + " of invoice " + e.invoiceId(), ex);
        }
    }

    /** The steps the customer's items reached, whatever the date. */
    Set<TakenStep> taken(String customerId) {
        Set<TakenStep> taken = new HashSet<>();
        reached(customerId, null).forEach(e -> taken.add(new TakenStep(e.invoiceId(), e.stepId())));
        return taken;
    }

    /** The steps the customer's items reached up to {@code until} (null: all), by business date, ladder order within a day. */
    List<DunningStepReached> reached(String customerId, LocalDate until) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT customer_id, invoice_id, invoice_number, step_id, action, day_offset, owner, due_date, business_date, late,
                       amount, currency, policy_version, grade
                FROM dunning_step WHERE customer_id = ? AND business_date <= COALESCE(?, business_date)
                ORDER BY business_date, due_date, invoice_id, day_offset""")) {
            s.setString(1, customerId);
            s.setDate(2, until == null ? null : Date.valueOf(until));
            List<DunningStepReached> steps = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    steps.add(new DunningStepReached(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getInt(6), rs.getString(7), rs.getDate(8).toLocalDate(), rs.getDate(9).toLocalDate(), rs.getBoolean(10),
                            new Money(Amounts.plain(rs.getBigDecimal(11)), rs.getString(12)), rs.getInt(13), rs.getString(14)));
                }
            }
            return steps;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the dunning steps of customer " + customerId, e);
        }
    }
}
