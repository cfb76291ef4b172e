package io.ledgerline.customer.performance;

/** The answer to a command: whether it created the resource, and the resource after it. */
public record Outcome<T>(boolean created, T body) {
}
