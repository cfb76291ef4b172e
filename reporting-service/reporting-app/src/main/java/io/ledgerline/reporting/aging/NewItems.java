package io.ledgerline.reporting.aging;

import io.ledgerline.receivables.api.v1.InvoiceIssued;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The invoices and movements of one poll batch, written with one statement per table. Each write is
 * idempotent on its own key; only the rows that were new go on to the summaries, so a repeat changes
 * nothing there either.
 */
final class NewItems {

    private final List<InvoiceIssued> invoices = new ArrayList<>();
    private final List<Timestamp> invoicesRecordedAt = new ArrayList<>();
    private final List<Movement> movements = new ArrayList<>();
    private final List<Timestamp> movementsRecordedAt = new ArrayList<>();
    private LocalDate earliest;

    void invoice(InvoiceIssued invoice, Timestamp recordedAt) {
        invoices.add(invoice);
        invoicesRecordedAt.add(recordedAt);
        earliest(invoice.issueDate());
    }

    void movement(Movement movement, Timestamp recordedAt) {
        movements.add(movement);
        movementsRecordedAt.add(recordedAt);
        earliest(movement.effectiveOn());
    }

    /** Writes what was collected, adds the new rows to the summaries if {@code summed}, and starts over. */
    void insert(Connection tx, boolean summed) throws SQLException {
        if (invoices.isEmpty() && movements.isEmpty()) {
            return;
        }
        List<String> newInvoices = insertInvoices(tx);
        List<String> newMovements = insertMovements(tx);
        if (summed) {
            AgingSummary.arrived(tx, newInvoices, newMovements, earliest);
        }
        invoices.clear();
        invoicesRecordedAt.clear();
        movements.clear();
        movementsRecordedAt.clear();
        earliest = null;
    }

    private List<String> insertInvoices(Connection tx) throws SQLException {
        if (invoices.isEmpty()) {
            return List.of();
        }
        int n = invoices.size();
        Object[] ids = new Object[n];
        Object[] customers = new Object[n];
        Object[] numbers = new Object[n];
        Object[] currencies = new Object[n];
        Object[] amounts = new Object[n];
        Object[] issued = new Object[n];
        Object[] due = new Object[n];
        Object[] types = new Object[n];
        Object[] productLines = new Object[n];
        for (int i = 0; i < n; i++) {
            InvoiceIssued invoice = invoices.get(i);
            ids[i] = invoice.invoiceId();
            customers[i] = invoice.customerId();
            numbers[i] = invoice.invoiceNumber();
            currencies[i] = invoice.amount().currency();
            amounts[i] = invoice.amount().amount();
            issued[i] = Date.valueOf(invoice.issueDate());
            due[i] = Date.valueOf(invoice.dueDate());
            types[i] = invoice.itemType() == null ? InvoiceIssued.INVOICE : invoice.itemType();
            productLines[i] = invoice.productLine();
        }
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO open_item (invoice_id, customer_id, invoice_number, currency, amount, issue_date, due_date, recorded_at,
                                       item_type, product_line)
                SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::numeric[], ?::date[], ?::date[],
                                     ?::timestamptz[], ?::varchar[], ?::varchar[])
                ON CONFLICT (invoice_id) DO NOTHING
                RETURNING invoice_id""")) {
            s.setArray(1, tx.createArrayOf("varchar", ids));
            s.setArray(2, tx.createArrayOf("varchar", customers));
            s.setArray(3, tx.createArrayOf("varchar", numbers));
            s.setArray(4, tx.createArrayOf("varchar", currencies));
            s.setArray(5, tx.createArrayOf("numeric", amounts));
            s.setArray(6, tx.createArrayOf("date", issued));
            s.setArray(7, tx.createArrayOf("date", due));
            s.setArray(8, tx.createArrayOf("timestamptz", invoicesRecordedAt.toArray()));
            s.setArray(9, tx.createArrayOf("varchar", types));
            s.setArray(10, tx.createArrayOf("varchar", productLines));
            return returned(s);
        }
    }

    private List<String> insertMovements(Connection tx) throws SQLException {
        if (movements.isEmpty()) {
            return List.of();
        }
        int n = movements.size();
        Object[] ids = new Object[n];
        Object[] invoices = new Object[n];
        Object[] kinds = new Object[n];
        Object[] effective = new Object[n];
        Object[] amounts = new Object[n];
        Object[] currencies = new Object[n];
        Object[] references = new Object[n];
        for (int i = 0; i < n; i++) {
            Movement movement = movements.get(i);
            ids[i] = movement.eventId();
            invoices[i] = movement.invoiceId();
            kinds[i] = movement.kind().name();
            effective[i] = Date.valueOf(movement.effectiveOn());
            amounts[i] = movement.amount();
            currencies[i] = movement.currency();
            references[i] = movement.reference();
        }
        try (PreparedStatement s = tx.prepareStatement("""
                INSERT INTO item_movement (event_id, invoice_id, kind, effective_on, amount, currency, reference, recorded_at)
                SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::numeric[], ?::varchar[], ?::varchar[],
                                     ?::timestamptz[])
                ON CONFLICT (event_id) DO NOTHING
                RETURNING event_id""")) {
            s.setArray(1, tx.createArrayOf("varchar", ids));
            s.setArray(2, tx.createArrayOf("varchar", invoices));
            s.setArray(3, tx.createArrayOf("varchar", kinds));
            s.setArray(4, tx.createArrayOf("date", effective));
            s.setArray(5, tx.createArrayOf("numeric", amounts));
            s.setArray(6, tx.createArrayOf("varchar", currencies));
            s.setArray(7, tx.createArrayOf("varchar", references));
            s.setArray(8, tx.createArrayOf("timestamptz", movementsRecordedAt.toArray()));
            return returned(s);
        }
    }

    private static List<String> returned(PreparedStatement s) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private void earliest(LocalDate date) {
        if (earliest == null || date.isBefore(earliest)) {
            earliest = date;
        }
    }
}
