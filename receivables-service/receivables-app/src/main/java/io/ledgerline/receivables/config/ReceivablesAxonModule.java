package io.ledgerline.receivables.config;

import io.ledgerline.platform.eventing.axon.AxonModule;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.api.v1.PaymentReceived;
import io.ledgerline.receivables.invoice.Invoice;
import io.ledgerline.receivables.payment.Payment;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import org.axonframework.config.Configurer;

/** The ledger's aggregates and the published events they store, wired into Axon here and only here. */
@Singleton
public class ReceivablesAxonModule implements AxonModule {

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(Invoice.class);
        configurer.configureAggregate(Payment.class);
    }

    @Override
    public Collection<Class<?>> eventTypes() {
        return List.of(InvoiceIssued.class, PaymentReceived.class, PaymentApplied.class);
    }
}
