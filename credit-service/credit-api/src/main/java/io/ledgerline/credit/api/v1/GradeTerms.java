package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * What a grade earns: from {@code minScore} up to the next grade's, a credit limit between
 * {@code limitMin} and {@code limitMax}, payment terms in days, the share of an order paid in
 * advance (0-1), and whether orders approve themselves and up to what amount. Amounts are in the
 * policy's currency. {@code overdueToleranceDays} (0 or more) is how many days past due a customer's
 * oldest overdue item may be before its orders are held; it is absent in policies published before it
 * existed, and then the former defaults apply (A 30, B 15, any other grade 0).
 */
public record GradeTerms(
        String grade,
        int minScore,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal limitMin,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal limitMax,
        int paymentTermsDays,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal prepaymentShare,
        boolean autoApprove,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal autoApproveMaxAmount,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer overdueToleranceDays) {

    /** Without an overdue tolerance (policies published before it was part of a grade's terms). */
    public GradeTerms(String grade, int minScore, BigDecimal limitMin, BigDecimal limitMax, int paymentTermsDays,
                      BigDecimal prepaymentShare, boolean autoApprove, BigDecimal autoApproveMaxAmount) {
        this(grade, minScore, limitMin, limitMax, paymentTermsDays, prepaymentShare, autoApprove, autoApproveMaxAmount, null);
    }
}
