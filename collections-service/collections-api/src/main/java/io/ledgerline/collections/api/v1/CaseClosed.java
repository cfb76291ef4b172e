package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Case {@code caseId} closed on {@code closedOn}: the customer had no overdue item left that is not disputed. */
@JsonTypeName("ledgerline.collections.CaseClosed.v1")
public record CaseClosed(
        String customerId,
        String caseId,
        LocalDate closedOn,
        String reason) implements CollectionsEvent {
}
