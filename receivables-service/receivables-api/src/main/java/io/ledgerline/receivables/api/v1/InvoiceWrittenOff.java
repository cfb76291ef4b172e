package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * Part or all of an invoice's open amount will not be collected. {@code automatic} write-offs are
 * residuals at or below the currency's tolerance, written off by {@code "system"}.
 */
@JsonTypeName("ledgerline.receivables.InvoiceWrittenOff.v1")
public record InvoiceWrittenOff(
        String invoiceId,
        String invoiceNumber,
        String customerId,
        LocalDate writtenOffOn,
        Money amount,
        String reason,
        boolean automatic,
        String writtenOffBy) implements ReceivablesEvent {
}
