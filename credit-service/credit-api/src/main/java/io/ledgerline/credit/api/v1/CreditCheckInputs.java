package io.ledgerline.credit.api.v1;

/**
 * What an order credit check read, all from credit-service's own tables: the customer's latest assessment
 * ({@code assessmentId}, {@code score}, {@code grade}, the {@code policyVersion} that graded it; all null when never
 * assessed), its assigned {@code creditLimit} (null when none), and the exposure parts in the order's currency as of
 * the check: {@code openReceivables}, {@code reservedOrders} (open reservations before this order), {@code prepayments},
 * and {@code exposureWithOrder} = openReceivables + reservedOrders - prepayments + the order; the days the oldest overdue
 * item is past due ({@code oldestOverdueDays}, 0 when none) and the grade's tolerance ({@code overdueToleranceDays},
 * null when never assessed).
 */
public record CreditCheckInputs(
        String assessmentId,
        Integer score,
        String grade,
        Integer policyVersion,
        Money creditLimit,
        Money openReceivables,
        Money reservedOrders,
        Money prepayments,
        Money exposureWithOrder,
        int oldestOverdueDays,
        Integer overdueToleranceDays) {
}
