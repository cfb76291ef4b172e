package io.ledgerline.bench.reporting;

import io.ledgerline.customer.api.v1.CustomerRegistered;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.Money;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The envelopes the services' event-store relays publish ({@code StoredEventMapper}): the contract name as type,
 * the aggregate id as subject (the customer; the invoice, whose aggregate also applies payments), the aggregate
 * sequence, the customer id, schema version 1, and the event body written by the platform's own codec.
 */
final class Envelopes {

    static final String CUSTOMER_SOURCE = "ledgerline/customer";
    static final String RECEIVABLES_SOURCE = "ledgerline/receivables";
    static final String CUSTOMER_REGISTERED = "ledgerline.customer.CustomerRegistered.v1";
    static final String INVOICE_ISSUED = "ledgerline.receivables.InvoiceIssued.v1";
    static final String PAYMENT_APPLIED = "ledgerline.receivables.PaymentApplied.v1";

    private final Dataset dataset;

    Envelopes(Dataset dataset) {
        this.dataset = dataset;
    }

    byte[] customerRegistered(int index, Dataset.Customer c) {
        CustomerRegistered event = new CustomerRegistered(c.id(), c.legalName(), "REG-" + c.id(), null, null, "PRIVATE",
                c.industry(), c.region(), c.customerType(), c.salesOwner(), List.of(), "ACTIVE");
        return write(dataset.eventId("customer", index), CUSTOMER_SOURCE, CUSTOMER_REGISTERED, c.id(),
                Instant.parse("2020-01-01T00:00:00Z").plusSeconds(index), c.id(), 0, event);
    }

    byte[] invoiceIssued(int index, Dataset.Invoice i) {
        InvoiceIssued event = new InvoiceIssued(i.invoiceId(), "BENCH-" + i.invoiceNumber(), i.invoiceNumber(),
                i.customer().id(), i.issueDate(), i.dueDate(), new Money(i.amount(), i.currency()));
        return write(dataset.eventId("invoice", index), RECEIVABLES_SOURCE, INVOICE_ISSUED, i.invoiceId(),
                at(i.issueDate(), 8 * 3600 + index % 3600), i.customer().id(), 0, event);
    }

    byte[] paymentApplied(int index, Dataset.Invoice i) {
        Dataset.Payment p = i.payment();
        PaymentApplied event = new PaymentApplied(i.invoiceId(), i.invoiceNumber(), p.paymentId(), i.customer().id(),
                p.appliedOn(), new Money(p.amount(), i.currency()), PaymentApplied.ALLOCATION);
        return write(dataset.eventId("payment", index), RECEIVABLES_SOURCE, PAYMENT_APPLIED, i.invoiceId(),
                at(p.appliedOn(), 14 * 3600 + index % 3600), i.customer().id(), 1, event);
    }

    private static Instant at(LocalDate day, int secondOfDay) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(secondOfDay);
    }

    private static byte[] write(String id, String source, String type, String subject, Instant time, String customerId,
                                long sequence, Object event) {
        return EnvelopeCodec.write(new EventEnvelope(id, source, type, subject, time, customerId, sequence, "1",
                EnvelopeCodec.mapper().valueToTree(event)));
    }
}
