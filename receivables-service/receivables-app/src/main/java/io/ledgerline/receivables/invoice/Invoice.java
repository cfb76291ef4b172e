package io.ledgerline.receivables.invoice;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.invoice.InvoiceCommand.ApplyPayment;
import io.ledgerline.receivables.invoice.InvoiceCommand.IssueInvoice;
import io.ledgerline.receivables.money.CurrencyMismatchException;
import io.ledgerline.receivables.money.Money;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** Invariant: the open amount stays between zero and the issued amount; payments apply only in its currency. */
public class Invoice {

    @AggregateIdentifier
    private String invoiceId;
    private String invoiceNumber;
    private String customerId;
    private Money open;

    protected Invoice() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Invoice(IssueInvoice command) {
        if (!command.amount().isPositive()) {
            throw new InvalidInvoiceException("amount", "amount must be positive, got " + command.amount());
        }
        if (command.dueDate().isBefore(command.issueDate())) {
            throw new InvalidInvoiceException("dueDate",
                    "dueDate " + command.dueDate() + " is before issueDate " + command.issueDate());
        }
        apply(new InvoiceIssued(command.invoiceId(), command.externalId(), command.invoiceNumber(),
                command.customerId(), command.issueDate(), command.dueDate(), command.amount().toContract()));
    }

    /** Applies at most the open amount and returns what it applied (zero once the invoice is settled). */
    @CommandHandler
    public Money handle(ApplyPayment command) {
        Money requested = command.requested();
        if (!requested.sameCurrencyAs(open)) {
            throw new CurrencyMismatchException(open.currency(), requested.currency());
        }
        if (!requested.isPositive()) {
            throw new InvalidInvoiceException("requested", "a payment must apply a positive amount, got " + requested);
        }
        Money applied = requested.min(open);
        if (applied.isZero()) {
            return applied;
        }
        apply(new PaymentApplied(invoiceId, invoiceNumber, command.paymentId(), customerId,
                command.appliedOn(), applied.toContract()));
        return applied;
    }

    @EventSourcingHandler
    void on(InvoiceIssued event) {
        invoiceId = event.invoiceId();
        invoiceNumber = event.invoiceNumber();
        customerId = event.customerId();
        open = Money.fromContract(event.amount());
    }

    @EventSourcingHandler
    void on(PaymentApplied event) {
        open = open.minus(Money.fromContract(event.amount()));
    }
}
