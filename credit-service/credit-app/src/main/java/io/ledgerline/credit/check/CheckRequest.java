package io.ledgerline.credit.check;

/** The body of an order credit check: {@code {"customerId","orderId","amount":"18000.00","currency":"CNY"}}. */
public record CheckRequest(String customerId, String orderId, String amount, String currency) {
}
