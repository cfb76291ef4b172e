package io.ledgerline.credit.receivables;

import static io.ledgerline.credit.CreditApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Prepayments are the customer's unapplied cash per currency, as receivables' own ledger counts it, and lower its exposure. */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class PrepaymentsTest {

    private static final String EXPOSURE = "/api/v1/customers/{id}/exposure";

    @Inject
    ReceivablesFacts facts;

    private static String unique() {
        return "PP-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private BigDecimal prepaid(String customerId, String currency, String asOf) {
        return facts.of(customerId, LocalDate.parse(asOf)).currencies().stream().filter(c -> c.currency().equals(currency))
                .findFirst().orElseThrow().prepayments();
    }

    @Test
    void unapplied_cash_of_payments_not_reversed_is_prepaid_and_lowers_the_exposure_per_currency() {
        String id = unique();
        ReceivablesEvents ledger = new ReceivablesEvents(id);
        String i1 = ledger.invoice("10000.00", "CNY", "2013-02-01", "2013-03-31");
        String i2 = ledger.invoice("4000.00", "CNY", "2013-03-01", "2013-04-30");
        // P1 15000 pays I1 in full: 5000 stays unapplied
        String p1 = ledger.received("15000.00", "CNY", "2013-03-01");
        ledger.applied(p1, i1, "10000.00", "CNY", "2013-03-01");
        // P2 3000 paid I2, was unapplied from it, then bounced: nothing
        String p2 = ledger.received("3000.00", "CNY", "2013-03-05");
        ledger.applied(p2, i2, "3000.00", "CNY", "2013-03-05");
        ledger.unapplied(p2, i2, "3000.00", "CNY", "2013-03-08");
        ledger.reversed(p2, "3000.00", "CNY", "2013-03-10");
        // P3 2500 pays 1500 of I2: 1000 unapplied
        String p3 = ledger.received("2500.00", "CNY", "2013-03-12");
        ledger.applied(p3, i2, "1500.00", "CNY", "2013-03-12");
        // P4 is received after today: not yet
        ledger.received("7000.00", "CNY", "2013-03-20");
        // P5 200 USD, nothing invoiced in USD
        ledger.received("200.00", "USD", "2013-03-12");

        // CNY open: I1 0 + I2 4000 - 3000 + 3000 - 1500 = 2500; prepaid 5000 + 0 + 1000 = 6000; exposure 2500 - 6000 = -3500
        as("finance").get(EXPOSURE, id).then().statusCode(200).body("asOf", equalTo("2013-03-15"))
                .body("currencies.currency", contains("CNY", "USD"))
                .body("currencies[0].openReceivables", equalTo("2500.00")).body("currencies[0].reservedOrders", equalTo("0.00"))
                .body("currencies[0].prepayments", equalTo("6000.00")).body("currencies[0].exposure", equalTo("-3500.00"))
                .body("currencies[1].openReceivables", equalTo("0.00")).body("currencies[1].prepayments", equalTo("200.00"))
                .body("currencies[1].exposure", equalTo("-200.00"));
    }

    @Test
    void a_repeated_payment_or_application_changes_nothing() {
        String id = unique();
        ReceivablesEvents ledger = new ReceivablesEvents(id);
        String invoice = ledger.invoice("800.00", "CNY", "2013-03-01", "2013-03-31");
        String payment = ledger.received("1000.00", "CNY", "2013-03-02");
        EventEnvelope applied = ledger.applied(payment, invoice, "800.00", "CNY", "2013-03-02");
        ReceivablesEvents.send(applied);
        ReceivablesEvents.send(applied);
        // 1000 - 800 = 200, however often the application arrives
        as("credit-analyst").get(EXPOSURE, id).then().statusCode(200)
                .body("currencies[0].openReceivables", equalTo("0.00")).body("currencies[0].prepayments", equalTo("200.00"))
                .body("currencies[0].exposure", equalTo("-200.00"));
    }

    @Test
    void a_customer_known_only_from_a_payment_has_its_cash_as_exposure() {
        String id = unique();
        new ReceivablesEvents(id).received("350.00", "EUR", "2013-03-14");
        as("sales").get(EXPOSURE, id).then().statusCode(200).body("currencies.currency", contains("EUR"))
                .body("currencies[0].openReceivables", equalTo("0.00")).body("currencies[0].prepayments", equalTo("350.00"))
                .body("currencies[0].exposure", equalTo("-350.00"));
    }

    @Test
    void as_of_a_date_cash_counts_from_its_receipt_until_its_reversal_and_never_below_zero() {
        String id = unique();
        ReceivablesEvents ledger = new ReceivablesEvents(id);
        String i1 = ledger.invoice("1000.00", "CNY", "2013-02-01", "2013-03-31");
        String i2 = ledger.invoice("1000.00", "CNY", "2013-02-01", "2013-03-31");
        String payment = ledger.received("1000.00", "CNY", "2013-03-05");
        ledger.applied(payment, i1, "600.00", "CNY", "2013-03-10");
        ledger.unapplied(payment, i1, "600.00", "CNY", "2013-03-12");
        // re-applied to I2 dated before the unapplication it followed
        ledger.applied(payment, i2, "900.00", "CNY", "2013-03-11");
        ledger.reversed(payment, "1000.00", "CNY", "2013-03-14");

        assertThat(prepaid(id, "CNY", "2013-03-04")).isEqualByComparingTo("0");      // not received yet
        assertThat(prepaid(id, "CNY", "2013-03-09")).isEqualByComparingTo("1000");   // received, nothing applied
        assertThat(prepaid(id, "CNY", "2013-03-10")).isEqualByComparingTo("400");    // 1000 - 600
        assertThat(prepaid(id, "CNY", "2013-03-11")).isEqualByComparingTo("0");      // 1000 - 600 - 900 = -500: never below zero
        assertThat(prepaid(id, "CNY", "2013-03-13")).isEqualByComparingTo("100");    // 1000 - 600 - 900 + 600
        assertThat(prepaid(id, "CNY", "2013-03-14")).isEqualByComparingTo("0");      // reversed: its cash is gone
    }
}
