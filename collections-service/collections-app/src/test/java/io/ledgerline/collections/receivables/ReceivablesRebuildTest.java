package io.ledgerline.collections.receivables;

import static io.ledgerline.collections.CollectionsApi.customer;
import static io.ledgerline.collections.CollectionsApi.storedEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.collections.CollectionsApi;
import io.ledgerline.collections.MovableClock;
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

/**
 * The receivables projection folds each fact once, whatever is redelivered, and ops can rebuild it from offset 0: it comes
 * back the same and, what it folds again having been evaluated when first folded, marks no customer and reaches no step.
 */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "collections"))
class ReceivablesRebuildTest {

    private static final String STEP = "ledgerline.collections.DunningStepReached.v1";

    @Inject
    ProjectionRunner runner;

    @Inject
    MovableClock clock;

    private static List<String> rows(String customerId) throws Exception {
        List<String> rows = new ArrayList<>();
        for (String query : List.of("SELECT * FROM receivable_item WHERE customer_id = ? ORDER BY invoice_id",
                "SELECT * FROM receivable_movement WHERE customer_id = ? ORDER BY event_id",
                "SELECT * FROM receivable_dispute WHERE customer_id = ? ORDER BY dispute_id")) {
            try (Connection c = TestStack.connect("collections"); PreparedStatement s = c.prepareStatement(query)) {
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

    private static long marked(String customerId) throws Exception {
        try (Connection c = TestStack.connect("collections");
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM dunning_evaluation_due WHERE customer_id = ?")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void redelivered_facts_fold_once_and_a_rebuild_folds_the_same_rows_without_evaluating_anyone() throws Exception {
        clock.today(LocalDate.of(2026, 2, 10));
        CollectionsApi.defaultPolicyIsCurrent();
        String c = customer("RB");
        ReceivablesEvents ledger = new ReceivablesEvents(c);
        String i1 = ledger.invoice("INV-9001", "1000.00", "CNY", "2026-01-02", "2026-02-01");
        String i2 = ledger.invoice("INV-9002", "500.00", "USD", "2026-01-05", "2026-02-04");
        ledger.paid(i1, "400.00", "CNY", "2026-02-03");
        String dispute = ledger.disputed(i2, "200.00", "USD", "2026-02-05");
        ledger.resolved(i2, dispute, "2026-02-08");
        ReceivablesEvents.send(ledger.publish(new io.ledgerline.receivables.api.v1.PaymentApplied(i2, "INV-9002", "P-" + c, c,
                LocalDate.of(2026, 2, 9), new io.ledgerline.receivables.api.v1.Money(new java.math.BigDecimal("50.00"), "USD"))));
        List<String> before = rows(c);
        // 2 items, 2 movements (the last delivered twice), 1 dispute
        assertThat(before).hasSize(2 + 2 + 1);
        assertThat(before.get(0) + before.get(1)).contains("open_amount=600.0000").contains("open_amount=450.0000");
        long steps = storedEvents(c, STEP);
        assertThat(steps).as("the steps of both invoices up to 02-10").isEqualTo(4 + 3);

        // were the rebuild to mark the customer, the worker would evaluate it as of 02-20 and reach the phone calls
        clock.today(LocalDate.of(2026, 2, 20));
        RebuildOutcome outcome = runner.rebuild(ReceivablesProjection.NAME, "ops-test");
        assertThat(outcome).isInstanceOf(RebuildOutcome.Started.class);
        UUID rebuild = ((RebuildOutcome.Started) outcome).rebuild().id();
        await().atMost(Duration.ofSeconds(120)).until(() -> runner.rebuild(ReceivablesProjection.NAME, rebuild)
                .map(r -> r.state() != ProjectionRebuild.State.BUILDING).orElse(false));
        assertThat(runner.rebuild(ReceivablesProjection.NAME, rebuild).orElseThrow().state()).isEqualTo(ProjectionRebuild.State.SWITCHED);

        assertThat(rows(c)).containsExactlyElementsOf(before);
        assertThat(marked(c)).isZero();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> storedEvents(c, STEP) == steps);
    }
}
