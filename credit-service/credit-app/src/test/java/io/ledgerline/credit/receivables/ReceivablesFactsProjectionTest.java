package io.ledgerline.credit.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.receivables.api.v1.Money;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class ReceivablesFactsProjectionTest {

    private static String unique() {
        return "RP-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** open_amount, settled_on, paid_amount, written_off, amount, issue_date, due_date, item_type of one item. */
    private static String row(String invoiceId) throws Exception {
        try (Connection c = TestStack.connect("credit"); PreparedStatement s = c.prepareStatement("""
                SELECT open_amount, settled_on, paid_amount, written_off, amount, issue_date, due_date, item_type, currency
                FROM receivable_item WHERE invoice_id = ?""")) {
            s.setString(1, invoiceId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("item " + invoiceId).isTrue();
                return rs.getBigDecimal(1).stripTrailingZeros().toPlainString() + " " + rs.getDate(2) + " "
                        + rs.getBigDecimal(3).stripTrailingZeros().toPlainString() + " " + rs.getBigDecimal(4).stripTrailingZeros().toPlainString()
                        + " | " + rs.getBigDecimal(5).stripTrailingZeros().toPlainString() + " " + rs.getDate(6) + " " + rs.getDate(7)
                        + " " + rs.getString(8) + " " + rs.getString(9);
            }
        }
    }

    @Test
    void each_item_keeps_its_dates_open_amount_settled_date_paid_and_written_off_amounts() throws Exception {
        ReceivablesEvents ledger = new ReceivablesEvents(unique());
        String paidLate = ledger.invoice("15000.00", "CNY", "2012-08-01", "2012-08-31");
        ledger.paid(paidLate, "15000.00", "CNY", "2012-09-30");
        ledger.unapplied(paidLate, "15000.00", "CNY", "2012-10-05");
        assertThat(row(paidLate)).isEqualTo("15000 null 0 0 | 15000 2012-08-01 2012-08-31 INVOICE CNY");
        ledger.paid(paidLate, "15000.00", "CNY", "2012-10-20");
        assertThat(row(paidLate)).isEqualTo("0 2012-10-20 15000 0 | 15000 2012-08-01 2012-08-31 INVOICE CNY");

        String writtenOff = ledger.invoice("8000.00", "USD", "2012-12-10", "2013-01-09");
        ledger.credited(writtenOff, "5000.00", "USD", "2013-01-20");
        ledger.writtenOff(writtenOff, "3000.00", "USD", "2013-02-01");
        assertThat(row(writtenOff)).isEqualTo("0 2013-02-01 0 3000 | 8000 2012-12-10 2013-01-09 INVOICE USD");

        String fee = ledger.item("500.00", "CNY", "2013-01-05", "2013-01-20", "LATE_FEE");
        assertThat(row(fee)).isEqualTo("500 null 0 0 | 500 2013-01-05 2013-01-20 LATE_FEE CNY");
    }

    @Test
    void a_payment_delivered_twice_is_counted_once() throws Exception {
        String customer = unique();
        ReceivablesEvents ledger = new ReceivablesEvents(customer);
        String invoice = ledger.invoice("1000.00", "CNY", "2012-06-01", "2012-07-01");
        EventEnvelope payment = ledger.publish(new PaymentApplied(invoice, "n/a", "P-1", customer, LocalDate.parse("2012-06-20"),
                new Money(new BigDecimal("400.00"), "CNY")));
        ReceivablesEvents.send(payment);
        assertThat(row(invoice)).isEqualTo("600 null 400 0 | 1000 2012-06-01 2012-07-01 INVOICE CNY");
    }
}
