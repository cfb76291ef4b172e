package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * From {@code assignedOn} the customer may owe up to {@code limit} on {@code paymentTermsDays} days'
 * terms, paying {@code prepaymentShare} (0-1) of each order in advance; it replaces any earlier limit.
 * Assigned by the granted credit application {@code applicationId} ({@code assignedBy} decided it,
 * {@code credit-service} when automatic) under credit policy version {@code policyVersion}.
 */
@JsonTypeName("ledgerline.credit.CreditLimitAssigned.v1")
public record CreditLimitAssigned(
        String customerId,
        String applicationId,
        Money limit,
        int paymentTermsDays,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal prepaymentShare,
        LocalDate assignedOn,
        String assignedBy,
        int policyVersion) implements CreditEvent {
}
