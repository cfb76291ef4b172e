package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * A touch with the customer on case {@code caseId}: {@code type} {@code CALL}, {@code EMAIL}, {@code NOTE} or
 * {@code VISIT} on {@code occurredOn}, what was said ({@code summary}) and its {@code outcome} (absent when none), logged by
 * {@code loggedBy} on the business date {@code loggedOn}.
 */
@JsonTypeName("ledgerline.collections.ActivityLogged.v1")
public record ActivityLogged(
        String customerId,
        String caseId,
        String activityId,
        String type,
        LocalDate occurredOn,
        String summary,
        @JsonInclude(JsonInclude.Include.NON_NULL) String outcome,
        String loggedBy,
        LocalDate loggedOn) implements CollectionsEvent {
}
