package io.ledgerline.receivables.api.v1;

/** A fact receivables-service publishes; the customer id is the Kafka key, so a customer's facts stay in order. */
public sealed interface ReceivablesEvent permits InvoiceIssued, PaymentReceived, PaymentApplied,
        CreditMemoIssued, InvoiceCredited, PaymentReversed, PaymentUnapplied, InvoiceWrittenOff,
        DisputeOpened, DisputeResolved, ContractSigned, ContractInstallmentInvoiced, InvoiceDebited, LateFeeCharged {

    String customerId();
}
