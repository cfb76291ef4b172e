package io.ledgerline.credit.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's receivables in one currency as of a business date D: the first item issued; items
 * (late fees aside) issued in the 12 months up to D and their amount; items paid in those 12 months
 * (settled by payment, nothing written off) with their days late summed and how many were on time;
 * items overdue at D and the earliest due date among them; items with a write-off in the 24 months up
 * to D; what is open at D; and the customer's prepayments at D (cash of payments not applied to any item). A currency
 * the customer only paid in has no first issue date and zero for every item figure.
 */
public record CurrencyLedger(
        String currency,
        LocalDate firstIssued,
        int invoicesLast12Months,
        BigDecimal volumeLast12Months,
        int paidLast12Months,
        long daysLateSum,
        int paidOnTime,
        int overdue,
        LocalDate oldestDue,
        int writtenOffLast24Months,
        BigDecimal open,
        BigDecimal prepayments) {
}
