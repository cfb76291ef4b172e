package io.ledgerline.reporting.behaviour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An invoice settled by payments: the day its open amount reached zero with a payment applied and stayed there. */
public record PaidInvoice(String customerId, String currency, BigDecimal amount, LocalDate dueDate, LocalDate paidOn) {

    /** paid - due in days: negative when paid early. */
    public long daysFromDue() {
        return ChronoUnit.DAYS.between(dueDate, paidOn);
    }

    /** Days late, 0 when paid on or before the due date. */
    public long daysLate() {
        return Math.max(0, daysFromDue());
    }
}
