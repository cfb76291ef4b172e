package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * The credit manager {@code decidedBy}, never the application's requester, rejected a credit
 * application that was outside the policy, with their {@code reason}; {@code evaluation} is the one
 * it was submitted with. The customer's credit limit is unchanged.
 */
@JsonTypeName("ledgerline.credit.CreditApplicationRejected.v1")
public record CreditApplicationRejected(
        String customerId,
        String applicationId,
        String decidedBy,
        LocalDate decidedOn,
        String reason,
        PolicyEvaluation evaluation) implements CreditEvent {
}
