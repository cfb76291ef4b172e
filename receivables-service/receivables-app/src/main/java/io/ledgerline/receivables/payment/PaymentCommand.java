package io.ledgerline.receivables.payment;

import io.ledgerline.receivables.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a {@link Payment}. */
public sealed interface PaymentCommand {

    String paymentId();

    /**
     * Record cash the customer paid, with the invoices the payer meant it for and the payer's free
     * text ({@code remittanceReference}, may be {@code null}).
     */
    record ReceivePayment(
            @TargetAggregateIdentifier String paymentId,
            String externalId,
            String customerId,
            LocalDate receivedDate,
            Money amount,
            List<Allocation> allocations,
            String remittanceReference) implements PaymentCommand {

        public ReceivePayment {
            allocations = allocations == null ? List.of() : List.copyOf(allocations);
        }

        /** Without a remittance reference. */
        public ReceivePayment(String paymentId, String externalId, String customerId, LocalDate receivedDate,
                              Money amount, List<Allocation> allocations) {
            this(paymentId, externalId, customerId, receivedDate, amount, allocations, null);
        }
    }

    /** The payment bounced: its cash is gone as of {@code reversedOn}; refused once it is reversed. */
    record ReversePayment(
            @TargetAggregateIdentifier String paymentId,
            LocalDate reversedOn,
            String reason) implements PaymentCommand {
    }

    /** The payer's wish to settle {@code amount} of the customer's invoice numbered {@code invoiceNumber}. */
    record Allocation(String invoiceNumber, Money amount) {
    }
}
