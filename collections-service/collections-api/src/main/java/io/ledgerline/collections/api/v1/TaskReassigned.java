package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Open task {@code taskId} passed from {@code fromOwner} to {@code toOwner} on {@code reassignedOn} by {@code reassignedBy}. */
@JsonTypeName("ledgerline.collections.TaskReassigned.v1")
public record TaskReassigned(
        String customerId,
        String taskId,
        String fromOwner,
        String toOwner,
        LocalDate reassignedOn,
        String reassignedBy,
        String reason) implements CollectionsEvent {
}
