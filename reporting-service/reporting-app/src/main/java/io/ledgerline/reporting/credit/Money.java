package io.ledgerline.reporting.credit;

import java.math.BigDecimal;

/** An amount in an ISO 4217 currency, as credit-service's events carry it. */
record Money(BigDecimal amount, String currency) {
}
