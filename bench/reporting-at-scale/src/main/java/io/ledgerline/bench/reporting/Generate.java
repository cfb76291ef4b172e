package io.ledgerline.bench.reporting;

import java.io.Writer;
import java.sql.Connection;

/**
 * Puts the benchmark's ledger on the real topics (CustomerRegistered on the customer topic; InvoiceIssued and, for
 * PAYMENT_SHARE of them, a partial PaymentApplied on the receivables topic) and the same invoices and payments into
 * the raw tables of database benchraw. Phase {@code kafka} publishes, phase {@code raw} loads the raw tables (bench.py
 * runs them apart so the live projection's catch-up and COPY are timed without each other); no phase does both.
 * Prints one "key=value" line per figure for bench.py.
 */
public final class Generate {

    static final String CUSTOMER_TOPIC = "ledgerline.customer.events";
    static final String RECEIVABLES_TOPIC = "ledgerline.receivables.events";

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment();
        Dataset dataset = new Dataset(settings);
        Envelopes envelopes = new Envelopes(dataset);
        System.out.printf("settings=%s%n", settings.toString().replace(settings.pgPassword(), "***"));
        String phase = args.length == 0 ? "all" : args[0];
        if (!phase.equals("raw")) {
            publish(settings, dataset, envelopes);
        }
        if (!phase.equals("kafka")) {
            loadRaw(settings, dataset);
        }
    }

    private static void publish(Settings settings, Dataset dataset, Envelopes envelopes) {
        long customerEvents;
        long receivablesEvents;
        long started = System.nanoTime();
        try (TopicWriter customers = new TopicWriter(settings.bootstrapServers())) {
            for (int c = 0; c < settings.customers(); c++) {
                Dataset.Customer customer = dataset.customer(c);
                customers.send(CUSTOMER_TOPIC, customer.id(), envelopes.customerRegistered(c, customer));
            }
            customerEvents = customers.flush();
        }
        try (TopicWriter receivables = new TopicWriter(settings.bootstrapServers())) {
            for (int i = 0; i < settings.invoices(); i++) {
                Dataset.Invoice invoice = dataset.invoice(i);
                receivables.send(RECEIVABLES_TOPIC, invoice.customer().id(), envelopes.invoiceIssued(i, invoice));
                if (invoice.payment() != null) {
                    receivables.send(RECEIVABLES_TOPIC, invoice.customer().id(), envelopes.paymentApplied(i, invoice));
                }
            }
            receivablesEvents = receivables.flush();
        }
        double published = seconds(started);
        System.out.printf("kafka_customer_events=%d%nkafka_receivables_events=%d%nkafka_publish_seconds=%.2f%n",
                customerEvents, receivablesEvents, published);
    }

    private static void loadRaw(Settings settings, Dataset dataset) throws Exception {
        RawTables raw = new RawTables(settings);
        long rows;
        long payments = 0;
        long started = System.nanoTime();
        try (Connection c = raw.connect()) {
            raw.recreate(c);
            try (Writer w = raw.copy(c, "erp_invoice")) {
                for (int i = 0; i < settings.invoices(); i++) {
                    RawTables.invoiceRow(w, dataset.invoice(i));
                }
            }
            try (Writer w = raw.copy(c, "erp_payment")) {
                for (int i = 0; i < settings.invoices(); i++) {
                    Dataset.Invoice invoice = dataset.invoice(i);
                    if (invoice.payment() != null) {
                        RawTables.paymentRow(w, invoice);
                        payments++;
                    }
                }
            }
            rows = settings.invoices() + payments;
            double copied = seconds(started);
            long keyed = System.nanoTime();
            raw.keyAndAnalyze(c);
            double indexed = seconds(keyed);
            raw.record(c, settings.customers(), settings.invoices() + payments);
            System.out.printf("raw_rows=%d%nraw_payments=%d%nraw_copy_seconds=%.2f%nraw_index_analyze_seconds=%.2f%n",
                    rows, payments, copied, indexed);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
