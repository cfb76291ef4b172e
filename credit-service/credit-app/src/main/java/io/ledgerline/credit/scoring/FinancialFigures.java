package io.ledgerline.credit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A submitted financial statement's figures, all in one currency; total assets and liabilities are positive. */
public record FinancialFigures(
        String statementId,
        LocalDate periodEnd,
        String currency,
        BigDecimal workingCapital,
        BigDecimal retainedEarnings,
        BigDecimal ebit,
        BigDecimal bookEquity,
        BigDecimal totalAssets,
        BigDecimal totalLiabilities,
        BigDecimal sales) {
}
