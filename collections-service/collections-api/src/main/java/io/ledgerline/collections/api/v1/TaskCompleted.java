package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * Task {@code taskId} left the open tasks on {@code completedOn}: {@code status} {@code DONE} with the {@code outcome} its
 * owner reported, or {@code CANCELLED} by {@code collections-service} when its case closed.
 */
@JsonTypeName("ledgerline.collections.TaskCompleted.v1")
public record TaskCompleted(
        String customerId,
        String taskId,
        String status,
        String outcome,
        LocalDate completedOn,
        String completedBy) implements CollectionsEvent {

    public static final String DONE = "DONE";
    public static final String CANCELLED = "CANCELLED";
}
