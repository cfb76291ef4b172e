package io.ledgerline.collections.attribution;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.attribution.PaymentAttributionsView.AttributedPayment;
import io.ledgerline.collections.attribution.PaymentAttributionsView.TouchView;
import io.ledgerline.collections.ladder.Amounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code payment_attribution} and its touches. */
@ApplicationScoped
public class AttributionReads {

    @Inject
    AgroalDataSource dataSource;

    /** The customer's attributed payments paid from {@code from} to {@code to} (either may be null), by day paid. */
    public List<AttributedPayment> of(String customerId, LocalDate from, LocalDate to) {
        record Head(String invoiceId, String invoiceNumber, Money amount, LocalDate paidOn, LocalDate attributedOn, int windowDays,
                    String lastTouch) {
        }
        Map<String, Head> heads = new LinkedHashMap<>();
        Map<String, List<TouchView>> touches = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT payment_id, invoice_id, invoice_number, amount, currency, paid_on, attributed_on, window_days, last_touch
                    FROM payment_attribution
                    WHERE customer_id = ? AND paid_on >= COALESCE(?, paid_on) AND paid_on <= COALESCE(?, paid_on)
                    ORDER BY paid_on, payment_id""")) {
                s.setString(1, customerId);
                s.setDate(2, from == null ? null : Date.valueOf(from));
                s.setDate(3, to == null ? null : Date.valueOf(to));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        heads.put(rs.getString(1), new Head(rs.getString(2), rs.getString(3),
                                new Money(Amounts.plain(rs.getBigDecimal(4)), rs.getString(5)), rs.getDate(6).toLocalDate(),
                                rs.getDate(7).toLocalDate(), rs.getInt(8), rs.getString(9)));
                        touches.put(rs.getString(1), new ArrayList<>());
                    }
                }
            }
            if (!heads.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("""
                        SELECT payment_id, kind, touch_id, occurred_on, days_before, touched_by, detail FROM payment_attribution_touch
                        WHERE payment_id = ANY (?) ORDER BY payment_id, position""")) {
                    s.setArray(1, c.createArrayOf("varchar", heads.keySet().toArray()));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            touches.get(rs.getString(1)).add(new TouchView(rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                                    rs.getInt(5), rs.getString(6), rs.getString(7)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the payment attributions of customer " + customerId, e);
        }
        return heads.entrySet().stream().map(h -> new AttributedPayment(h.getKey(), h.getValue().invoiceId(), h.getValue().invoiceNumber(),
                h.getValue().amount(), h.getValue().paidOn(), h.getValue().attributedOn(), h.getValue().windowDays(),
                h.getValue().lastTouch(), touches.get(h.getKey()))).toList();
    }
}
