package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * The customer's collection case {@code caseId} (its {@code caseNumber}-th, counted from 1) opened on {@code openedOn}
 * because invoice {@code invoiceId} reached the overdue step {@code stepId}. {@code owner} is the customer's sales owner
 * (or the finance owner when it has none) and {@code level} {@code SALES}. A customer has at most one open case.
 */
@JsonTypeName("ledgerline.collections.CaseOpened.v1")
public record CaseOpened(
        String customerId,
        String caseId,
        int caseNumber,
        LocalDate openedOn,
        String owner,
        String level,
        String invoiceId,
        String stepId) implements CollectionsEvent {
}
