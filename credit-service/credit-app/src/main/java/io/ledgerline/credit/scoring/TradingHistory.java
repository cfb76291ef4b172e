package io.ledgerline.credit.scoring;

/** How long and how much the customer has traded with us, from the receivables ledger. */
public record TradingHistory(int monthsOfRelationship, int invoicesLast12Months, Money volumeLast12Months) {
}
