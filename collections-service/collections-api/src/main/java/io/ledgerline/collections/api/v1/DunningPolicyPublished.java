package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** A dunning policy version took effect; versions are numbered 1, 2, ... and never change once published. */
@JsonTypeName("ledgerline.collections.DunningPolicyPublished.v1")
public record DunningPolicyPublished(
        int policyVersion,
        String publishedBy,
        LocalDate publishedOn,
        DunningPolicyDefinition policy) implements CollectionsEvent {

    /** A policy version is about no customer: it is keyed by its book. */
    @Override
    @JsonIgnore
    public String customerId() {
        return null;
    }
}
