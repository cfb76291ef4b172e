package io.ledgerline.receivables.invoice;

import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of an {@link Invoice}. */
public sealed interface InvoiceCommand {

    String invoiceId();

    /** Open an invoice the ERP issued, for its full amount. */
    record IssueInvoice(
            @TargetAggregateIdentifier String invoiceId,
            String externalId,
            String invoiceNumber,
            String customerId,
            LocalDate issueDate,
            LocalDate dueDate,
            Money amount) implements InvoiceCommand {
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
}
