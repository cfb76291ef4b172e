package io.ledgerline.receivables.payment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.receivables.api.v1.PaymentReceived;
import io.ledgerline.receivables.api.v1.PaymentReceived.RequestedAllocation;
import io.ledgerline.receivables.api.v1.PaymentReversed;
import io.ledgerline.receivables.ledger.RuleViolation;
import io.ledgerline.receivables.money.Money;
import io.ledgerline.receivables.payment.PaymentCommand.Allocation;
import io.ledgerline.receivables.payment.PaymentCommand.ReceivePayment;
import io.ledgerline.receivables.payment.PaymentCommand.ReversePayment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * Invariant: a payment is positive and its allocations, all positive and in its currency, never
 * exceed it; it is reversed at most once, never before it was received.
 */
public class Payment {

    @AggregateIdentifier
    private String paymentId;
    private String externalId;
    private String customerId;
    private LocalDate receivedDate;
    private io.ledgerline.receivables.api.v1.Money amount;
    private boolean reversed;

    protected Payment() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Payment(ReceivePayment command) {
        Money amount = command.amount();
        if (!amount.isPositive()) {
            throw new InvalidPaymentException("amount", "amount must be positive, got " + amount);
        }
        Money allocated = Money.zero(amount.currency());
        List<RequestedAllocation> requested = new ArrayList<>();
        for (int i = 0; i < command.allocations().size(); i++) {
            Allocation allocation = command.allocations().get(i);
            String field = "allocations[" + i + "].amount";
            if (!allocation.amount().sameCurrencyAs(amount)) {
                throw new InvalidPaymentException(field, "allocation is in " + allocation.amount().currency()
                        + " but the payment is in " + amount.currency());
            }
            if (!allocation.amount().isPositive()) {
                throw new InvalidPaymentException(field, "allocation must be positive, got " + allocation.amount());
            }
            allocated = allocated.plus(allocation.amount());
            requested.add(new RequestedAllocation(allocation.invoiceNumber(), allocation.amount().amount()));
        }
        if (allocated.isGreaterThan(amount)) {
            throw new InvalidPaymentException("allocations",
                    "allocations total " + allocated + " but the payment is only " + amount);
        }
        apply(new PaymentReceived(command.paymentId(), command.externalId(), command.customerId(),
                command.receivedDate(), amount.toContract(), requested, command.remittanceReference()));
    }

    @CommandHandler
    public void handle(ReversePayment command) {
        if (reversed) {
            throw new RuleViolation("payment-already-reversed", "paymentId", "payment " + externalId + " is already reversed");
        }
        if (command.reversedOn().isBefore(receivedDate)) {
            throw new InvalidPaymentException("reversedOn",
                    "reversedOn " + command.reversedOn() + " is before the payment was received on " + receivedDate);
        }
        apply(new PaymentReversed(paymentId, externalId, customerId, command.reversedOn(), amount, command.reason()));
    }

    @EventSourcingHandler
    void on(PaymentReceived event) {
        paymentId = event.paymentId();
        externalId = event.externalId();
        customerId = event.customerId();
        receivedDate = event.receivedDate();
        amount = event.amount();
    }

    @EventSourcingHandler
    void on(PaymentReversed event) {
        reversed = true;
    }
}
