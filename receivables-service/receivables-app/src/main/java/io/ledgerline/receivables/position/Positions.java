package io.ledgerline.receivables.position;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.receivables.money.Money;
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
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads the ledger positions that {@link LedgerPositions} keeps; inside a transaction, they include its own events. */
@ApplicationScoped
public class Positions {

    private static final String ITEM_COLUMNS = "invoice_id, invoice_number, issue_date, due_date, currency, open_amount, disputed_amount";
    private static final String PAYMENT_COLUMNS = "payment_id, external_id, customer_id, received_date, currency, amount, applied, reversed_on";

    /** One currency of a customer's balance. */
    public record CurrencyBalance(String currency, Money openItems, long openItemCount, Money disputed,
                                  Money overdue, long overdueItemCount, Money unappliedCash, long paymentsWithUnappliedCash) {

        /** What the customer owes net of the cash it has on account. */
        public Money net() {
            return openItems.minus(unappliedCash);
        }
    }

    @Inject
    AgroalDataSource dataSource;

    /** The customer's items open in the currency, oldest first: by due date, issue date, then number. */
    public List<ReceivableItem> openItems(String customerId, String currency) {
        return items("SELECT " + ITEM_COLUMNS + """
                 FROM receivable_item WHERE customer_id = ? AND currency = ? AND open_amount > 0
                ORDER BY due_date, issue_date, invoice_number""", customerId, currency);
    }

    /** The customer's items carrying these numbers, open or not. */
    public List<ReceivableItem> itemsNumbered(String customerId, Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return items("SELECT " + ITEM_COLUMNS + " FROM receivable_item WHERE customer_id = ? AND invoice_number = ANY (?)",
                customerId, numbers.toArray(String[]::new));
    }

    public Optional<PaymentPosition> payment(String paymentId) {
        return payments("SELECT " + PAYMENT_COLUMNS + " FROM payment_cash WHERE payment_id = ?", paymentId).stream().findFirst();
    }

    /** The payment, its row locked until the transaction ends: two applications of the same cash queue up here. */
    public Optional<PaymentPosition> paymentForUpdate(String paymentId) {
        return payments("SELECT " + PAYMENT_COLUMNS + " FROM payment_cash WHERE payment_id = ? FOR UPDATE", paymentId).stream().findFirst();
    }

    /** Every invoice the payment was ever applied to. */
    public List<String> invoicesAppliedBy(String paymentId) {
        List<String> invoices = new ArrayList<>();
        query("SELECT DISTINCT invoice_id FROM cash_applied WHERE payment_id = ? ORDER BY invoice_id", rs -> invoices.add(rs.getString(1)), paymentId);
        return invoices;
    }

    /** The customer's positions per currency; an item is overdue when its due date is before {@code asOf}. */
    public List<CurrencyBalance> balance(String customerId, LocalDate asOf) {
        List<CurrencyBalance> balances = new ArrayList<>();
        query("""
                WITH items AS (
                    SELECT currency, sum(open_amount) AS open_items, count(*) AS open_count, sum(disputed_amount) AS disputed,
                           coalesce(sum(open_amount) FILTER (WHERE due_date < ?), 0) AS overdue,
                           count(*) FILTER (WHERE due_date < ?) AS overdue_count
                    FROM receivable_item WHERE customer_id = ? AND open_amount > 0 GROUP BY currency),
                cash AS (
                    SELECT currency, sum(amount - applied) AS unapplied, count(*) AS payments
                    FROM payment_cash WHERE customer_id = ? AND reversed_on IS NULL AND amount > applied GROUP BY currency)
                SELECT coalesce(items.currency, cash.currency), coalesce(open_items, 0), coalesce(open_count, 0),
                       coalesce(disputed, 0), coalesce(overdue, 0), coalesce(overdue_count, 0),
                       coalesce(unapplied, 0), coalesce(payments, 0)
                FROM items FULL JOIN cash ON items.currency = cash.currency ORDER BY 1""", rs -> {
            String currency = rs.getString(1);
            balances.add(new CurrencyBalance(currency, money(rs.getBigDecimal(2), currency), rs.getLong(3),
                    money(rs.getBigDecimal(4), currency), money(rs.getBigDecimal(5), currency), rs.getLong(6),
                    money(rs.getBigDecimal(7), currency), rs.getLong(8)));
        }, Date.valueOf(asOf), Date.valueOf(asOf), customerId, customerId);
        return balances;
    }

    /** Reads one row of a query. */
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a read-only query over the positions. */
    public void query(String sql, RowReader reader, Object... arguments) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                Object argument = arguments[i];
                if (argument instanceof String[] array) {
                    s.setArray(i + 1, c.createArrayOf("varchar", array));
                } else if (argument instanceof LocalDate date) {
                    s.setDate(i + 1, Date.valueOf(date));
                } else {
                    s.setObject(i + 1, argument);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the ledger positions: " + e.getMessage(), e);
        }
    }

    private List<ReceivableItem> items(String sql, Object... arguments) {
        List<ReceivableItem> items = new ArrayList<>();
        query(sql, rs -> {
            String currency = rs.getString(5);
            items.add(new ReceivableItem(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(),
                    money(rs.getBigDecimal(6), currency), money(rs.getBigDecimal(7), currency)));
        }, arguments);
        return items;
    }

    private List<PaymentPosition> payments(String sql, Object... arguments) {
        List<PaymentPosition> payments = new ArrayList<>();
        query(sql, rs -> {
            String currency = rs.getString(5);
            Date reversedOn = rs.getDate(8);
            payments.add(new PaymentPosition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                    money(rs.getBigDecimal(6), currency), money(rs.getBigDecimal(7), currency),
                    reversedOn == null ? null : reversedOn.toLocalDate()));
        }, arguments);
        return payments;
    }

    static Money money(BigDecimal amount, String currency) {
        return Money.of(amount.toPlainString(), currency);
    }
}
