package io.ledgerline.credit.api.v1;

/** An input a factor needed and did not have, and why, e.g. {@code no financial statement submitted}. */
public record MissingInput(String factor, String input, String reason) {
}
