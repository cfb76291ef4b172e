package io.ledgerline.reporting.attribution;

import io.ledgerline.platform.eventing.projection.ProjectionReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the attributed payments of one currency and period, with the days from their latest touch of each kind. */
@ApplicationScoped
public class FindAttribution {

    @Inject
    ProjectionReads reads;

    AttributionReport find(AttributionRequest request) {
        record Head(BigDecimal amount, String lastTouch) {
        }
        Map<String, Head> heads = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> days = new HashMap<>();
        try (Connection c = reads.connection(); PreparedStatement s = c.prepareStatement("""
                SELECT p.payment_id, p.amount, p.last_touch, t.kind, MIN(t.days_before)
                FROM attributed_payment p LEFT JOIN attributed_touch t ON t.payment_id = p.payment_id
                WHERE p.currency = ? AND p.paid_on BETWEEN ? AND ?
                GROUP BY p.payment_id, p.amount, p.last_touch, t.kind
                ORDER BY p.payment_id""")) {
            s.setString(1, request.currency());
            s.setDate(2, Date.valueOf(request.from()));
            s.setDate(3, Date.valueOf(request.to()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String paymentId = rs.getString(1);
                    heads.putIfAbsent(paymentId, new Head(rs.getBigDecimal(2), rs.getString(3)));
                    Map<String, Integer> ofPayment = days.computeIfAbsent(paymentId, k -> new HashMap<>());
                    if (rs.getString(4) != null) {
                        ofPayment.put(rs.getString(4), rs.getInt(5));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the attributed payments in " + request.currency() + " paid from "
                    + request.from() + " to " + request.to(), e);
        }
        List<AttributedPayment> payments = new ArrayList<>();
        heads.forEach((id, h) -> payments.add(new AttributedPayment(id, h.amount(), h.lastTouch(), days.get(id))));
        return AttributionFigures.report(request, payments);
    }
}
