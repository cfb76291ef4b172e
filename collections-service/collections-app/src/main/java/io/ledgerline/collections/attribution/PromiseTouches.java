package io.ledgerline.collections.attribution;

import io.ledgerline.collections.api.v1.PaymentAttributed;
import io.ledgerline.collections.ladder.Amounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer's promises to pay made from {@code from} to {@code to} and before {@code knownBefore}, whatever became of
 * them (kept or broken, the promise was a touch), from {@code promise_to_pay}; part of {@link CustomerTouches#between}.
 */
final class PromiseTouches {

    private PromiseTouches() {
    }

    static List<Touch> between(Connection c, String customerId, LocalDate from, LocalDate to, LocalDate knownBefore) throws SQLException {
        List<Touch> touches = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT promise_id, made_on, made_by, amount, currency, promised_for FROM promise_to_pay
                WHERE customer_id = ? AND made_on BETWEEN ? AND ? AND made_on < ?""")) {
            CustomerTouches.bind(s, customerId, from, to, knownBefore);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    touches.add(new Touch(PaymentAttributed.PROMISE, rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                            "promised " + Amounts.plain(rs.getBigDecimal(4)).toPlainString() + " " + rs.getString(5) + " for "
                                    + rs.getDate(6).toLocalDate()));
                }
            }
        }
        return touches;
    }
}
