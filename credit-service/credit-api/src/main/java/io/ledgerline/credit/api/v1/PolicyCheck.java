package io.ledgerline.credit.api.v1;

/**
 * One rule a credit application was checked against and what it found: {@code rule} is one of
 * {@code assessed}, {@code minimum-score-to-trade}, {@code grade-in-policy}, {@code currency},
 * {@code limit-range}, {@code payment-terms}, {@code prepayment-share}; {@code detail} states the
 * figures compared.
 */
public record PolicyCheck(String rule, boolean passed, String detail) {
}
