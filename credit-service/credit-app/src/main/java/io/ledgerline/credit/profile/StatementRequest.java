package io.ledgerline.credit.profile;

/** The body of {@code POST /api/v1/customers/{id}/financial-statements}: amounts as decimal strings in {@code currency}. */
public record StatementRequest(
        String periodEnd,
        String currency,
        String workingCapital,
        String retainedEarnings,
        String ebit,
        String bookEquity,
        String totalAssets,
        String totalLiabilities,
        String sales) {
}
