package io.ledgerline.receivables.contract;

import io.ledgerline.receivables.api.v1.LateFeeClause;
import io.ledgerline.receivables.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a {@link Contract}. */
public sealed interface ContractCommand {

    String contractId();

    /**
     * Sign a contract for {@code amount} on the stated payment terms: {@code prepaymentShare} percent
     * (null: none) due on signing, then the {@code installments} (none: the rest due {@code netDays}
     * after signing). {@code lateFee} is null when the contract has no late-fee clause.
     */
    record SignContract(
            @TargetAggregateIdentifier String contractId,
            String externalId,
            String contractNumber,
            String customerId,
            LocalDate signedOn,
            Money amount,
            int netDays,
            BigDecimal prepaymentShare,
            List<PaymentTerms.Term> installments,
            LateFeeClause lateFee) implements ContractCommand {

        public SignContract {
            installments = installments == null ? List.of() : List.copyOf(installments);
        }
    }

    /**
     * Record that installment {@code sequence} is issued as invoice {@code invoiceId}; the handler
     * returns false (and records nothing) when it was invoiced before.
     */
    record InvoiceInstallment(
            @TargetAggregateIdentifier String contractId,
            int sequence,
            String invoiceId,
            String invoiceNumber) implements ContractCommand {
    }
}
