package io.ledgerline.collections.arrangement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment on item {@code invoiceId} effective {@code paidOn}: positive when applied, negative when an application is undone. */
public record ItemPayment(String invoiceId, LocalDate paidOn, BigDecimal amount) {
}
