package io.ledgerline.receivables.position;

import static io.ledgerline.receivables.Ledger.as;
import static io.ledgerline.receivables.Ledger.invoice;
import static io.ledgerline.receivables.Ledger.payment;
import static io.ledgerline.receivables.Ledger.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.receivables.config.LedgerPositionsRebuild;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The positions are a projection: thrown away, they come back the same from the event store. */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "receivables"))
class LedgerPositionsRebuildTest {

    private static final List<String> TABLES = List.of(
            "SELECT * FROM receivable_item ORDER BY invoice_id",
            "SELECT * FROM open_dispute ORDER BY dispute_id",
            "SELECT * FROM payment_cash ORDER BY payment_id",
            "SELECT * FROM cash_applied ORDER BY payment_id, invoice_id, method");

    @Inject
    LedgerPositionsRebuild rebuild;

    private static List<String> positions() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = TestStack.connect("receivables"); Statement s = c.createStatement()) {
            for (String query : TABLES) {
                try (ResultSet rs = s.executeQuery(query)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(meta.getTableName(1)).append(':');
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    private static void clear() throws Exception {
        try (Connection c = TestStack.connect("receivables"); Statement s = c.createStatement()) {
            s.execute("TRUNCATE receivable_item, open_dispute, payment_cash, cash_applied");
        }
    }

    @Test
    void cleared_positions_are_rebuilt_from_the_event_store_exactly_as_they_were() throws Exception {
        String customer = unique("C");
        String first = invoice(customer, "RB-1", "2013-01-02", "100.00");
        invoice(customer, "RB-2", "2013-01-03", "50.00");
        as("finance").body("{\"amount\":\"10.00\",\"reason\":\"damaged\",\"openedOn\":\"2013-01-05\"}")
                .post("/api/v1/invoices/" + first + "/disputes").then().statusCode(201);
        payment(customer, "2013-01-10", "30.00", "RB-1");
        String bounced = payment(customer, "2013-01-11", "20.00", "RB-2");
        as("finance").body("{\"reversedOn\":\"2013-01-20\",\"reason\":\"bounced\"}")
                .post("/api/v1/payments/{id}/reversal", bounced).then().statusCode(200);
        as("erp-integration").body("""
                        {"externalId":"%s","customerId":"%s","receivedDate":"2013-01-12","currency":"USD","amount":"75.00"}"""
                        .formatted(unique("PAY"), customer))
                .post("/api/v1/erp/payments").then().statusCode(201);
        List<String> before = positions();
        assertThat(before).anyMatch(row -> row.contains(first));

        assertThat(rebuild.rebuildIfEmpty()).as("positions not empty: nothing to rebuild").isZero();
        clear();
        assertThat(positions()).isEmpty();

        assertThat(rebuild.rebuildIfEmpty()).isPositive();
        assertThat(positions()).containsExactlyElementsOf(before);
    }
}
