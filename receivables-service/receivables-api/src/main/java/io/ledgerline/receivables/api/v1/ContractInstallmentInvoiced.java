package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Installment {@code sequence} of a contract's schedule was issued as invoice {@code invoiceId}; at most once per installment. */
@JsonTypeName("ledgerline.receivables.ContractInstallmentInvoiced.v1")
public record ContractInstallmentInvoiced(
        String contractId,
        String customerId,
        int sequence,
        String invoiceId,
        String invoiceNumber,
        LocalDate invoicedOn,
        Money amount) implements ReceivablesEvent {
}
