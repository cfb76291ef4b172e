package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;

/**
 * The assessment {@code assessmentId} scored the customer {@code score} (grade {@code grade}), below the credit
 * policy's {@code insuranceReferralBelowScore} ({@code belowScore}): refer the customer for credit insurance or
 * factoring, covering {@code exposureToCover}, per currency open receivables + reserved orders - prepayments as of
 * {@code raisedOn}. Raised once while the customer stays below: again only after an assessment at or above the
 * {@code belowScore} of the outstanding referral.
 */
@JsonTypeName("ledgerline.credit.CreditInsuranceReferralRaised.v1")
public record CreditInsuranceReferralRaised(
        String customerId,
        String assessmentId,
        LocalDate raisedOn,
        int score,
        int belowScore,
        String grade,
        List<Money> exposureToCover) implements CreditEvent {

    public CreditInsuranceReferralRaised {
        exposureToCover = exposureToCover == null ? List.of() : List.copyOf(exposureToCover);
    }
}
