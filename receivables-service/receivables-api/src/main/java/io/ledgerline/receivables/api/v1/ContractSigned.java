package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer signed a contract (or order) for {@code amount}; its payment terms are resolved into
 * a concrete schedule: one installment per invoice to issue, with exact amounts that add up to the
 * contract's amount (a prepayment share is installment 0, due on signing). {@code lateFee} is
 * absent when the contract has no late-fee clause.
 */
@JsonTypeName("ledgerline.receivables.ContractSigned.v1")
public record ContractSigned(
        String contractId,
        String externalId,
        String contractNumber,
        String customerId,
        LocalDate signedOn,
        Money amount,
        int netDays,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal prepaymentShare,
        List<ScheduledInstallment> installments,
        LateFeeClause lateFee) implements ReceivablesEvent {

    public ContractSigned {
        installments = installments == null ? List.of() : List.copyOf(installments);
    }

    /** One invoice of the schedule: issued on {@code invoiceOn}, due on {@code dueDate}, in the contract's currency. */
    public record ScheduledInstallment(
            int sequence,
            LocalDate invoiceOn,
            LocalDate dueDate,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            boolean prepayment) {
    }
}
