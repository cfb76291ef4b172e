package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code requestedBy} asked for a credit limit and terms for the customer, and the application was
 * held against the customer's latest assessment and the current credit policy ({@code evaluation}).
 * Within the policy it is granted at once ({@link CreditApplicationGranted} follows, automatic);
 * outside it waits for a credit manager, the failed checks saying why. {@code prepaymentShare} is the
 * share of each order paid in advance the requester offers (0-1).
 */
@JsonTypeName("ledgerline.credit.CreditApplicationSubmitted.v1")
public record CreditApplicationSubmitted(
        String customerId,
        String applicationId,
        Money requestedLimit,
        int paymentTermsDays,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal prepaymentShare,
        String requestedBy,
        LocalDate submittedOn,
        PolicyEvaluation evaluation) implements CreditEvent {
}
