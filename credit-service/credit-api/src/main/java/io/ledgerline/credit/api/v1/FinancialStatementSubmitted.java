package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's financial statement for the period ending {@code periodEnd}, in {@code currency}: the
 * figures Altman's Z' and Z'' are computed from. A later submission for the same period restates it.
 * {@code submittedOn} is the business date it was recorded (absent in statements recorded before it was kept).
 */
@JsonTypeName("ledgerline.credit.FinancialStatementSubmitted.v1")
public record FinancialStatementSubmitted(
        String customerId,
        String statementId,
        LocalDate periodEnd,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal workingCapital,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal retainedEarnings,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ebit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bookEquity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalAssets,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalLiabilities,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal sales,
        String submittedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate submittedOn) implements CreditEvent {
}
