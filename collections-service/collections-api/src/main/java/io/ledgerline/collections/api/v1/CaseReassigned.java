package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * Case {@code caseId} passed from {@code fromOwner} to {@code toOwner} on {@code reassignedOn}, now at escalation
 * {@code level} ({@code SALES}, {@code FINANCE} or {@code LEGAL}). {@code reassignedBy} is {@code collections-service} when a
 * ladder step escalated it ({@code stepId} then names the step), else the user who reassigned it.
 */
@JsonTypeName("ledgerline.collections.CaseReassigned.v1")
public record CaseReassigned(
        String customerId,
        String caseId,
        String fromOwner,
        String toOwner,
        String level,
        LocalDate reassignedOn,
        String reassignedBy,
        String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String stepId) implements CollectionsEvent {
}
