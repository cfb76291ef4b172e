package io.ledgerline.reporting.forecast;

import io.ledgerline.platform.eventing.projection.ProjectionReads;
import io.ledgerline.reporting.behaviour.FindPaidInvoices;
import io.ledgerline.reporting.behaviour.FindPaymentBehaviour;
import io.ledgerline.reporting.behaviour.Lateness;
import io.ledgerline.reporting.behaviour.PaidInvoice;
import io.ledgerline.reporting.forecast.CashForecaster.OpenAmount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The open, undisputed amounts on {@code asOf} (as the aging report counts them) and every customer's lateness over the
 * payment-behaviour window ending on {@code asOf}, handed to {@link CashForecaster}.
 */
@ApplicationScoped
public class FindCollectionForecast {

    private static final String OPEN = """
            WITH p AS (SELECT CAST(? AS date) AS as_of),
            item AS (
                SELECT i.customer_id, i.currency, i.due_date, i.amount + COALESCE(m.moved, 0) AS open_amount,
                       COALESCE(d.disputed, 0) AS disputed
                FROM open_item i
                CROSS JOIN p
                LEFT JOIN (SELECT invoice_id, currency, sum(amount) AS moved FROM item_movement, p
                           WHERE effective_on <= p.as_of GROUP BY 1, 2) m
                       ON m.invoice_id = i.invoice_id AND m.currency = i.currency
                LEFT JOIN (SELECT invoice_id, currency, sum(amount) AS disputed FROM item_dispute, p
                           WHERE opened_on <= p.as_of AND (resolved_on IS NULL OR resolved_on > p.as_of) GROUP BY 1, 2) d
                       ON d.invoice_id = i.invoice_id AND d.currency = i.currency
                WHERE i.issue_date <= p.as_of
            )
            SELECT customer_id, currency, due_date, open_amount - LEAST(disputed, open_amount) AS undisputed
            FROM item
            WHERE open_amount > 0 AND open_amount > disputed""";

    @Inject
    ProjectionReads reads;

    @Inject
    FindPaidInvoices findPaidInvoices;

    public CollectionForecast find(ForecastRequest request) {
        List<PaidInvoice> paid = findPaidInvoices.find(null, FindPaymentBehaviour.since(request.asOf()), request.asOf());
        Map<String, Lateness> byCustomer = paid.stream().collect(Collectors.groupingBy(PaidInvoice::customerId,
                Collectors.collectingAndThen(Collectors.toList(), Lateness::of)));
        return CashForecaster.forecast(request, open(request), byCustomer, Lateness.of(paid));
    }

    private List<OpenAmount> open(ForecastRequest request) {
        List<OpenAmount> open = new ArrayList<>();
        try (Connection c = reads.connection(); PreparedStatement s = c.prepareStatement(OPEN)) {
            s.setDate(1, Date.valueOf(request.asOf()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    open.add(new OpenAmount(rs.getString("customer_id"), rs.getString("currency").trim(),
                            rs.getDate("due_date").toLocalDate(), rs.getBigDecimal("undisputed")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read open items for the collection forecast", e);
        }
        return open;
    }
}
