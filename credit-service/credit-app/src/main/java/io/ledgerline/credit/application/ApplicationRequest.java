package io.ledgerline.credit.application;

/**
 * The body of {@code POST /api/v1/credit-applications}: {@code applicationId} (a UUID) is optional and
 * makes the submission idempotent; {@code prepaymentShare} is optional, a decimal string 0-1 (none = "0.00").
 */
public record ApplicationRequest(
        String applicationId,
        String customerId,
        Amount requestedLimit,
        Integer paymentTermsDays,
        String prepaymentShare) {

    /** An amount as a decimal string with its ISO 4217 currency. */
    public record Amount(String amount, String currency) {
    }
}
