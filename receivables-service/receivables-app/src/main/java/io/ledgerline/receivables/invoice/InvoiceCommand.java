package io.ledgerline.receivables.invoice;

import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.LateFeeClause;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of an {@link Invoice}. */
public sealed interface InvoiceCommand {

    String invoiceId();

    /**
     * Open a receivable for its full amount: an ERP invoice ({@code itemType} null), a contract's
     * installment (with the contract's {@code lateFee} clause, if any) or a late fee on {@code feeForInvoiceId}.
     * {@code productLine} is the ERP's product line for the invoice, if it sent one; installments and fees carry none.
     */
    record IssueInvoice(
            @TargetAggregateIdentifier String invoiceId,
            String externalId,
            String invoiceNumber,
            String customerId,
            LocalDate issueDate,
            LocalDate dueDate,
            Money amount,
            String itemType,
            String contractId,
            String feeForInvoiceId,
            LateFeeClause lateFee,
            String productLine) implements InvoiceCommand {

        /** An invoice the ERP issued: no contract, no fee, no late-fee clause, no product line. */
        public IssueInvoice(String invoiceId, String externalId, String invoiceNumber, String customerId,
                            LocalDate issueDate, LocalDate dueDate, Money amount) {
            this(invoiceId, externalId, invoiceNumber, customerId, issueDate, dueDate, amount, null);
        }

        /** An invoice the ERP issued under {@code productLine} (null: none): no contract, no fee, no late-fee clause. */
        public IssueInvoice(String invoiceId, String externalId, String invoiceNumber, String customerId,
                            LocalDate issueDate, LocalDate dueDate, Money amount, String productLine) {
            this(invoiceId, externalId, invoiceNumber, customerId, issueDate, dueDate, amount, null, null, null, null,
                    productLine);
        }

        /** Installment {@code invoiceNumber} of contract {@code contractId}. */
        public static IssueInvoice installment(String invoiceId, String externalId, String invoiceNumber, String customerId,
                                               LocalDate issueDate, LocalDate dueDate, Money amount, String contractId,
                                               LateFeeClause lateFee) {
            return new IssueInvoice(invoiceId, externalId, invoiceNumber, customerId, issueDate, dueDate, amount,
                    InvoiceIssued.INSTALLMENT, contractId, null, lateFee, null);
        }

        /** The late fee charged on invoice {@code feeForInvoiceId}, issued and due on {@code chargedOn}. */
        public static IssueInvoice lateFee(String invoiceId, String invoiceNumber, String customerId, LocalDate chargedOn,
                                           Money amount, String feeForInvoiceId) {
            return new IssueInvoice(invoiceId, invoiceNumber, invoiceNumber, customerId, chargedOn, chargedOn, amount,
                    InvoiceIssued.LATE_FEE, null, feeForInvoiceId, null, null);
        }
    }

    /**
     * Settle up to {@code requested} of the invoice from a payment; the handler returns what it applied.
     * A residual left open at or below {@code writeOffTolerance} is written off automatically.
     * {@code method} (a {@code PaymentApplied} method constant) records how cash application chose this invoice.
     */
    record ApplyPayment(
            @TargetAggregateIdentifier String invoiceId,
            String paymentId,
            LocalDate appliedOn,
            Money requested,
            Money writeOffTolerance,
            String method) implements InvoiceCommand {

        /** As the payer allocated it, with a tolerance. */
        public ApplyPayment(String invoiceId, String paymentId, LocalDate appliedOn, Money requested, Money writeOffTolerance) {
            this(invoiceId, paymentId, appliedOn, requested, writeOffTolerance, PaymentApplied.ALLOCATION);
        }

        /** As the payer allocated it, without a tolerance: every residual stays open. */
        public ApplyPayment(String invoiceId, String paymentId, LocalDate appliedOn, Money requested) {
            this(invoiceId, paymentId, appliedOn, requested, null);
        }
    }

    /** Lower the open amount by a credit memo; refused above the open amount. Repeats of a memo change nothing. */
    record CreditInvoice(
            @TargetAggregateIdentifier String invoiceId,
            String creditMemoId,
            LocalDate creditedOn,
            Money amount) implements InvoiceCommand {
    }

    /** Give up collecting {@code amount} ({@code null}: everything open); never more than is open. */
    record WriteOffInvoice(
            @TargetAggregateIdentifier String invoiceId,
            BigDecimal amount,
            String reason,
            LocalDate writtenOffOn,
            String writtenOffBy) implements InvoiceCommand {
    }

    /** Undo exactly what a (bounced) payment had applied to this invoice; returns what was undone. */
    record UnapplyPayment(
            @TargetAggregateIdentifier String invoiceId,
            String paymentId,
            LocalDate unappliedOn,
            String reason) implements InvoiceCommand {
    }

    /** The customer disputes part of the invoice; the open disputes together never exceed the open amount. */
    record OpenDispute(
            @TargetAggregateIdentifier String invoiceId,
            String disputeId,
            LocalDate openedOn,
            BigDecimal amount,
            String reason) implements InvoiceCommand {
    }

    /**
     * End an open dispute; {@code UPHELD} credits the disputed amount (at most what is open) under
     * {@code creditMemoId}. The handler returns the amount credited (zero when rejected).
     */
    record ResolveDispute(
            @TargetAggregateIdentifier String invoiceId,
            String disputeId,
            LocalDate resolvedOn,
            String outcome,
            String creditMemoId) implements InvoiceCommand {
    }

    /**
     * Raise what the invoice asks for (and its open amount) by {@code amount} as of {@code debitedOn};
     * a repeat of the same {@code debitId} changes nothing. The handler returns what it debited.
     */
    record DebitInvoice(
            @TargetAggregateIdentifier String invoiceId,
            String debitId,
            String externalId,
            LocalDate debitedOn,
            Money amount,
            String reason) implements InvoiceCommand {
    }

    /**
     * Charge the late fee the invoice's clause accrued up to {@code asOf} and not charged yet, posted
     * as the fee item {@code feeInvoiceId}; the handler returns the amount charged (zero when none).
     */
    record AccrueLateFee(
            @TargetAggregateIdentifier String invoiceId,
            LocalDate asOf,
            String feeInvoiceId,
            String feeInvoiceNumber) implements InvoiceCommand {
    }
}
