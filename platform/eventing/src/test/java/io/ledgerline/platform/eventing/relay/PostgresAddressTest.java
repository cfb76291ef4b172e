package io.ledgerline.platform.eventing.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresAddressTest {

    @Test
    void reads_host_port_and_database_from_a_jdbc_url() {
        assertThat(PostgresAddress.parse("jdbc:postgresql://localhost:5433/receivables?sslmode=disable"))
                .isEqualTo(new PostgresAddress("localhost", 5433, "receivables"));
    }

    @Test
    void defaults_to_the_postgres_port() {
        assertThat(PostgresAddress.parse("jdbc:postgresql://db.internal/reporting").port()).isEqualTo(5432);
    }

    @Test
    void refuses_other_databases() {
        assertThatThrownBy(() -> PostgresAddress.parse("jdbc:mysql://localhost/x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schema_version_comes_from_the_contract_name() {
        assertThat(StoredEventMapper.schemaVersion("ledgerline.receivables.InvoiceIssued.v2")).isEqualTo("2");
    }
}
