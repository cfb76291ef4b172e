package io.ledgerline.credit.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.platform.eventing.projection.ProjectionRebuild;
import io.ledgerline.platform.eventing.projection.ProjectionRunner;
import io.ledgerline.platform.eventing.projection.RebuildOutcome;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The receivables facts are a projection: rebuilt from offset 0 by ops, they come back the same. */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class ReceivablesFactsRebuildTest {

    @Inject
    ProjectionRunner runner;

    @Inject
    ReceivablesFacts facts;

    private static List<String> rows(String customerId) throws Exception {
        List<String> rows = new ArrayList<>();
        for (String query : List.of("SELECT * FROM receivable_item WHERE customer_id = ? ORDER BY invoice_id",
                "SELECT * FROM receivable_movement WHERE customer_id = ? ORDER BY event_id",
                "SELECT * FROM receivable_payment WHERE customer_id = ? ORDER BY payment_id",
                "SELECT * FROM payment_application WHERE customer_id = ? ORDER BY event_id")) {
            try (Connection c = TestStack.connect("credit"); PreparedStatement s = c.prepareStatement(query)) {
                s.setString(1, customerId);
                try (ResultSet rs = s.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
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

    @Test
    void a_rebuild_folds_the_topic_again_into_the_same_rows() throws Exception {
        String id = "RB-" + UUID.randomUUID().toString().substring(0, 8);
        ReceivablesEvents ledger = new ReceivablesEvents(id);
        ledger.steadyPayerHistory();
        ledger.received("5000.00", "CNY", "2013-03-01");
        List<String> before = rows(id);
        // 10 items, 13 movements, 1 payment received, 10 applications (9 applied, 1 unapplied) of payments
        assertThat(before).hasSize(10 + 13 + 1 + 10);

        RebuildOutcome outcome = runner.rebuild(ReceivablesFactsProjection.NAME, "ops-test");
        assertThat(outcome).isInstanceOf(RebuildOutcome.Started.class);
        UUID rebuild = ((RebuildOutcome.Started) outcome).rebuild().id();
        await().atMost(Duration.ofSeconds(120)).until(() -> runner.rebuild(ReceivablesFactsProjection.NAME, rebuild)
                .map(r -> r.state() != ProjectionRebuild.State.BUILDING).orElse(false));
        assertThat(runner.rebuild(ReceivablesFactsProjection.NAME, rebuild).orElseThrow().state())
                .isEqualTo(ProjectionRebuild.State.SWITCHED);

        assertThat(rows(id)).containsExactlyElementsOf(before);
        assertThat(facts.of(id, LocalDate.parse("2013-03-15")).payments().averageDaysLate()).isEqualByComparingTo("15.00");
        assertThat(facts.of(id, LocalDate.parse("2013-03-15")).currencies().get(0).prepayments()).isEqualByComparingTo("5000");
    }
}
