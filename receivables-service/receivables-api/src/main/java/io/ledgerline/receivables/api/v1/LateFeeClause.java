package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * A contract's late-fee clause: {@code ratePerDay} (a fraction, {@code "0.0005"} = 0.05 % a day)
 * accrues on the undisputed open amount for each day after the due date plus {@code graceDays};
 * all fees on one invoice together never exceed {@code capPercent} percent of its amount.
 */
public record LateFeeClause(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ratePerDay,
        int graceDays,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal capPercent) {
}
