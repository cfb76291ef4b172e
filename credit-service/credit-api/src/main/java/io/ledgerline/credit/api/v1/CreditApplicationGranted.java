package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * The credit application was granted: {@code automatic} when it was within the policy (then
 * {@code decidedBy} is {@code credit-service} and {@code reason} states the checks it passed), else by
 * the credit manager {@code decidedBy}, never its requester, with their {@code reason}.
 * {@code evaluation} is the one it was submitted with: the inputs and versions the decision saw.
 */
@JsonTypeName("ledgerline.credit.CreditApplicationGranted.v1")
public record CreditApplicationGranted(
        String customerId,
        String applicationId,
        boolean automatic,
        String decidedBy,
        LocalDate decidedOn,
        String reason,
        PolicyEvaluation evaluation) implements CreditEvent {
}
