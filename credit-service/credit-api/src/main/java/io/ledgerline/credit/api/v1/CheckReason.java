package io.ledgerline.credit.api.v1;

import java.util.List;

/**
 * Why an order credit check held or rejected an order: {@code code} names the rule ({@code not-assessed},
 * {@code no-credit-limit}, {@code currency-not-limit-currency}, {@code over-limit}, {@code overdue-beyond-tolerance},
 * {@code above-auto-approval}, {@code below-minimum-score}, {@code grade-d}), {@code detail} states the figures it
 * compared, {@code releasableBy} the roles that may release a hold for it (empty for a rejection).
 */
public record CheckReason(String code, String detail, List<String> releasableBy) {
}
