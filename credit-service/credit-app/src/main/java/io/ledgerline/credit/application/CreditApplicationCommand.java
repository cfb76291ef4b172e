package io.ledgerline.credit.application;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a {@link CreditApplication}. */
public sealed interface CreditApplicationCommand {

    String applicationId();

    /**
     * Apply for {@code request} for the customer, held against its latest assessment ({@code null} when
     * never assessed) and credit policy version {@code policyVersion}. Sending it again with the same
     * application id and content changes nothing.
     */
    record SubmitCreditApplication(
            @TargetAggregateIdentifier String applicationId,
            String customerId,
            CreditRequest request,
            AssessmentUsed assessment,
            int policyVersion,
            CreditPolicyDefinition policy,
            String requestedBy,
            LocalDate submittedOn) implements CreditApplicationCommand {
    }

    /** A credit manager grants a pending application, assigning the requested limit and terms. */
    record ApproveCreditApplication(@TargetAggregateIdentifier String applicationId, String approvedBy, String reason,
                                    LocalDate approvedOn) implements CreditApplicationCommand {
    }

    /** A credit manager rejects a pending application. */
    record RejectCreditApplication(@TargetAggregateIdentifier String applicationId, String rejectedBy, String reason,
                                   LocalDate rejectedOn) implements CreditApplicationCommand {
    }
}
