package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** A credit policy version took effect; versions are numbered 1, 2, ... and never change once published. */
@JsonTypeName("ledgerline.credit.CreditPolicyPublished.v1")
public record CreditPolicyPublished(
        int policyVersion,
        String publishedBy,
        LocalDate publishedOn,
        CreditPolicyDefinition policy) implements CreditEvent {
}
