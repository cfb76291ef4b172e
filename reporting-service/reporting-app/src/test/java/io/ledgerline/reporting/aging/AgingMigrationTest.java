package io.ledgerline.reporting.aging;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.testkit.LedgerlineStack;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/** A read model migrated from V1 keeps what it had folded: no replay is needed to upgrade it. */
class AgingMigrationTest {

    @Test
    void every_settlement_becomes_an_applied_movement_that_lowers_the_open_amount() throws SQLException {
        LedgerlineStack stack = new LedgerlineStack();
        stack.init(Map.of("database", "reporting_migration"));
        Map<String, String> config = stack.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        String user = config.get("quarkus.datasource.username");
        String password = config.get("quarkus.datasource.password");

        flyway(url, user, password).cleanDisabled(false).load().clean();
        flyway(url, user, password).target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO item_settlement (event_id, invoice_id, payment_id, applied_on, amount, currency)
                    VALUES ('evt-1', 'inv-1', 'pay-1', DATE '2013-03-10', 40.00, 'USD')""");
        }

        flyway(url, user, password).load().migrate();

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT * FROM item_movement")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("event_id")).isEqualTo("evt-1");
                assertThat(rs.getString("invoice_id")).isEqualTo("inv-1");
                assertThat(rs.getString("kind")).isEqualTo(Movement.Kind.APPLIED.name());
                assertThat(rs.getDate("effective_on").toLocalDate()).hasToString("2013-03-10");
                assertThat(rs.getBigDecimal("amount")).isEqualByComparingTo(new BigDecimal("-40.00"));
                assertThat(rs.getString("currency")).isEqualTo("USD");
                assertThat(rs.getString("reference")).isEqualTo("pay-1");
                assertThat(rs.getTimestamp("recorded_at")).as("folded before recorded times were kept: known since forever").isNull();
                assertThat(rs.next()).isFalse();
            }
            try (ResultSet rs = s.executeQuery("SELECT to_regclass('item_settlement') IS NULL")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).as("item_settlement dropped").isTrue();
            }
        }
    }

    private static FluentConfiguration flyway(String url, String user, String password) {
        return Flyway.configure().dataSource(url, user, password).locations("classpath:db/projection", "classpath:db/migration");
    }
}
