package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * What a grade earns: from {@code minScore} up to the next grade's, a credit limit between
 * {@code limitMin} and {@code limitMax}, payment terms in days, the share of an order paid in
 * advance (0-1), and whether orders approve themselves and up to what amount. Amounts are in the
 * policy's currency.
 */
public record GradeTerms(
        String grade,
        int minScore,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal limitMin,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal limitMax,
        int paymentTermsDays,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal prepaymentShare,
        boolean autoApprove,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal autoApproveMaxAmount) {
}
