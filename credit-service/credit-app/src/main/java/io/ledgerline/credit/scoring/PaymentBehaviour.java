package io.ledgerline.credit.scoring;

import java.math.BigDecimal;

/**
 * How the customer pays, from the receivables ledger: average days late over paid invoices, the
 * percentage (0-100) paid on time (both null when no invoice was paid), invoices overdue now and the
 * age in days of the oldest, and write-offs in the last 24 months.
 */
public record PaymentBehaviour(
        BigDecimal averageDaysLate,
        BigDecimal percentPaidOnTime,
        int overdueInvoices,
        int oldestOverdueDays,
        int writeOffsLast24Months) {
}
