package io.ledgerline.credit.customer;

import io.ledgerline.credit.scoring.CreditFacts;
import io.ledgerline.credit.scoring.Money;
import io.ledgerline.credit.scoring.RiskSignal;
import io.ledgerline.platform.eventing.projection.ProjectionReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What credit-service knows of a customer from other services' events, for scoring. A customer never
 * seen on the customer topic has no profile and unknown risk signals (not "none"); trading and payment
 * history come from the receivables topic ({@code io.ledgerline.credit.receivables.ReceivablesFacts}).
 */
@ApplicationScoped
public class CustomerFacts {

    @Inject
    ProjectionReads reads;

    public CreditFacts of(String customerId) {
        try (Connection c = reads.connection()) {
            return read(c, customerId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read what is known of customer " + customerId, e);
        }
    }

    private static CreditFacts read(Connection c, String customerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT founding_date, capital_amount, capital_currency, ownership_type, "
                + "industry FROM customer_fact WHERE customer_id = ?")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return CreditFacts.nothingKnown();
                }
                return new CreditFacts(rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(),
                        rs.getBigDecimal(2) == null ? null : new Money(rs.getBigDecimal(2).stripTrailingZeros(), rs.getString(3)),
                        rs.getString(4), rs.getString(5), null, null, null, signals(c, customerId));
            }
        }
    }

    private static List<RiskSignal> signals(Connection c, String customerId) throws SQLException {
        List<RiskSignal> signals = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT kind, severity, observed_on FROM customer_risk_signal WHERE customer_id = ? ORDER BY observed_on, signal_id")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    signals.add(new RiskSignal(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()));
                }
            }
        }
        return signals;
    }
}
