package io.ledgerline.credit.check;

import io.ledgerline.credit.api.v1.GradeTerms;
import io.ledgerline.credit.api.v1.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a credit check reads from credit-service's own tables for one order: the latest assessment (null when never
 * assessed) with the terms of its grade, the assigned credit limit (null when none), and in the order's currency what
 * is open, reserved by other orders and prepaid, plus the days the oldest overdue item (any currency) is past due, and the
 * customer's credit block (null when not blocked).
 */
public record CheckFacts(
        Assessment assessment,
        Money creditLimit,
        BigDecimal openReceivables,
        BigDecimal reservedOrders,
        BigDecimal prepayments,
        int oldestOverdueDays,
        Block block) {

    /** Facts of a customer whose credit is not blocked. */
    public CheckFacts(Assessment assessment, Money creditLimit, BigDecimal openReceivables, BigDecimal reservedOrders,
                      BigDecimal prepayments, int oldestOverdueDays) {
        this(assessment, creditLimit, openReceivables, reservedOrders, prepayments, oldestOverdueDays, null);
    }

    /** The customer's current credit block: why, by whom, since when. */
    public record Block(String reason, String blockedBy, LocalDate blockedOn) {
    }

    /** The latest assessment and what its policy version says: the minimum score to trade and the grade's terms. */
    public record Assessment(String assessmentId, int score, String grade, int policyVersion, int minimumScoreToTrade,
                             String policyCurrency, GradeTerms terms) {
    }
}
