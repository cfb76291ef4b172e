package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer paid; {@code allocations} say which invoices the payer meant, in the payment's
 * currency, and {@code remittanceReference} (optional) is the payer's free text. What was actually
 * applied follows as {@link PaymentApplied}; the rest is unapplied cash, the customer's credit balance.
 */
@JsonTypeName("ledgerline.receivables.PaymentReceived.v1")
public record PaymentReceived(
        String paymentId,
        String externalId,
        String customerId,
        LocalDate receivedDate,
        Money amount,
        List<RequestedAllocation> allocations,
        @JsonInclude(JsonInclude.Include.NON_NULL) String remittanceReference) implements ReceivablesEvent {

    public PaymentReceived {
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }

    /** Without a remittance reference (messages written before it was recorded). */
    public PaymentReceived(String paymentId, String externalId, String customerId, LocalDate receivedDate,
                           Money amount, List<RequestedAllocation> allocations) {
        this(paymentId, externalId, customerId, receivedDate, amount, allocations, null);
    }

    /** The payer's wish to settle {@code amount} of the invoice numbered {@code invoiceNumber}. */
    public record RequestedAllocation(
            String invoiceNumber,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }
}
