package io.ledgerline.bench.reporting;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The "ERP way": the same invoices and payments as plain rows (the customer's region copied onto the invoice,
 * as an ERP's open-item table has it), loaded with COPY, keyed and analyzed afterwards.
 */
final class RawTables {

    private final Settings settings;

    RawTables(Settings settings) {
        this.settings = settings;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.rawJdbcUrl(), settings.pgUser(), settings.pgPassword());
    }

    void recreate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS erp_payment, erp_invoice, bench_run");
            s.execute("""
                    CREATE TABLE erp_invoice (invoice_id text NOT NULL, customer_id text NOT NULL, region text NOT NULL,
                        currency char(3) NOT NULL, amount numeric(19,4) NOT NULL, issue_date date NOT NULL, due_date date NOT NULL)""");
            s.execute("CREATE TABLE erp_payment (invoice_id text NOT NULL, paid_on date NOT NULL, amount numeric(19,4) NOT NULL)");
        }
    }

    /** Streams rows into {@code table} with COPY (text format). */
    Writer copy(Connection c, String table) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN");
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(new PGCopyOutputStream(in, 1 << 16),
                java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
    }

    static void invoiceRow(Writer w, Dataset.Invoice i) throws IOException {
        w.write(i.invoiceId());
        w.write('\t');
        w.write(i.customer().id());
        w.write('\t');
        w.write(i.customer().region());
        w.write('\t');
        w.write(i.currency());
        w.write('\t');
        w.write(i.amount().toPlainString());
        w.write('\t');
        w.write(i.issueDate().toString());
        w.write('\t');
        w.write(i.dueDate().toString());
        w.write('\n');
    }

    static void paymentRow(Writer w, Dataset.Invoice i) throws IOException {
        w.write(i.invoiceId());
        w.write('\t');
        w.write(i.payment().appliedOn().toString());
        w.write('\t');
        w.write(i.payment().amount().toPlainString());
        w.write('\n');
    }

    void keyAndAnalyze(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE erp_invoice ADD PRIMARY KEY (invoice_id)");
            s.execute("CREATE INDEX erp_payment_invoice ON erp_payment (invoice_id)");
            s.execute("ANALYZE erp_invoice");
            s.execute("ANALYZE erp_payment");
        }
    }

    void record(Connection c, long customerEvents, long receivablesEvents) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE bench_run (seed bigint, customers int, invoices int, payment_share numeric, business_date date,
                        customer_events bigint, receivables_events bigint, generated_at timestamptz DEFAULT now())""");
            s.execute("INSERT INTO bench_run (seed, customers, invoices, payment_share, business_date, customer_events, receivables_events) "
                    + "VALUES (%d, %d, %d, %s, DATE '%s', %d, %d)".formatted(settings.seed(), settings.customers(),
                    settings.invoices(), settings.paymentShare(), settings.businessDate(), customerEvents, receivablesEvents));
        }
    }
}
