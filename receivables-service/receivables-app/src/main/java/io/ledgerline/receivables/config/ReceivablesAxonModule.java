package io.ledgerline.receivables.config;

import io.ledgerline.platform.eventing.axon.AxonModule;
import io.ledgerline.receivables.api.v1.ContractInstallmentInvoiced;
import io.ledgerline.receivables.api.v1.ContractSigned;
import io.ledgerline.receivables.api.v1.CreditMemoIssued;
import io.ledgerline.receivables.api.v1.DisputeOpened;
import io.ledgerline.receivables.api.v1.DisputeResolved;
import io.ledgerline.receivables.api.v1.InvoiceCredited;
import io.ledgerline.receivables.api.v1.InvoiceDebited;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.InvoiceWrittenOff;
import io.ledgerline.receivables.api.v1.LateFeeCharged;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.api.v1.PaymentReceived;
import io.ledgerline.receivables.api.v1.PaymentReversed;
import io.ledgerline.receivables.api.v1.PaymentUnapplied;
import io.ledgerline.receivables.contract.Contract;
import io.ledgerline.receivables.creditmemo.CreditMemo;
import io.ledgerline.receivables.invoice.Invoice;
import io.ledgerline.receivables.payment.Payment;
import io.ledgerline.receivables.position.LedgerPositions;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import org.axonframework.config.Configurer;

/** The ledger's aggregates and the published events they store, wired into Axon here and only here. */
@Singleton
public class ReceivablesAxonModule implements AxonModule {

    static final String LEDGER_POSITIONS = "ledger-positions";

    @Inject
    LedgerPositions positions;

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(Invoice.class);
        configurer.configureAggregate(Payment.class);
        configurer.configureAggregate(CreditMemo.class);
        configurer.configureAggregate(Contract.class);
        // Subscribing: the positions move in the unit of work (and transaction) that stores the events.
        configurer.eventProcessing()
                .registerEventHandler(c -> positions)
                .registerSubscribingEventProcessor(LEDGER_POSITIONS)
                .assignHandlerTypesMatching(LEDGER_POSITIONS, type -> type == LedgerPositions.class);
    }

    @Override
    public Collection<Class<?>> eventTypes() {
        return List.of(InvoiceIssued.class, PaymentReceived.class, PaymentApplied.class,
                CreditMemoIssued.class, InvoiceCredited.class, PaymentReversed.class, PaymentUnapplied.class,
                InvoiceWrittenOff.class, DisputeOpened.class, DisputeResolved.class,
                ContractSigned.class, ContractInstallmentInvoiced.class, InvoiceDebited.class, LateFeeCharged.class);
    }
}
