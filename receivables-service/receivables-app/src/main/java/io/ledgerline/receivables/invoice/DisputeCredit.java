package io.ledgerline.receivables.invoice;

import io.ledgerline.receivables.money.Money;

/** What resolving a dispute credited on an invoice (zero when rejected), with what a credit memo needs to name it. */
public record DisputeCredit(String customerId, String invoiceNumber, Money amount) {
}
